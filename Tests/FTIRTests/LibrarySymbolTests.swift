/// `Names.isLibrarySymbol` (a binary search over the reserved-symbol list's
/// bytes) agrees with the set of the list's words: every word is found;
/// prefixes, extensions and near misses of words, the first and last words'
/// neighbours and the empty string are not.
import Testing
@testable import FTIR

@Suite struct LibrarySymbolTests {
  @Test func everyWordIsFound() {
    let words = Names.librarySymbols
    #expect(words.count > 10_000)
    for w in words { #expect(Names.isLibrarySymbol(w), "\(w)") }
  }

  @Test func nonWordsAreNotFound() {
    let words = Names.librarySymbols
    var probes = ["", " ", "\n", "a", "zz", "zzzz", "AAAA", "cblas_sgemm ", " cblas_sgemm", "cblas_sgem", "cblas_sgemmx",
                  "expf\nexp", "gelu_fused", "loss", "vg", "f"]
    for w in words.prefix(3000) { probes += [w + "x", String(w.dropLast()), w + "_", "x" + w] }
    for p in probes where !words.contains(p) { #expect(!Names.isLibrarySymbol(p), "'\(p)'") }
    for known in ["cblas_sgemm", "expf", "malloc", "printf", "GLIBC_ABI_DT_RELR", "zupmtr_"] {
      #expect(Names.isLibrarySymbol(known), "\(known)")
    }
  }
}
