import FTCTool
