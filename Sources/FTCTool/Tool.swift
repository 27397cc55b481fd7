import FTIR
