/// Rules for names: C identifiers, symbols an exported function may not take
/// (spec section 1), and module names derived from file names.

public enum Names {
  public static func isCIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first else { return false }
    func isAlpha(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
    func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    return isAlpha(first) && s.unicodeScalars.allSatisfy { isAlpha($0) || isDigit($0) }
  }

  /// C23 keywords (including the alternative spellings still reserved).
  public static let c23Keywords: Set<String> = [
    "alignas", "alignof", "auto", "bool", "break", "case", "char", "const", "constexpr", "continue",
    "default", "do", "double", "else", "enum", "extern", "false", "float", "for", "goto", "if",
    "inline", "int", "long", "nullptr", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "static_assert", "struct", "switch", "thread_local", "true", "typedef",
    "typeof", "typeof_unqual", "union", "unsigned", "void", "volatile", "while",
    "_Alignas", "_Alignof", "_Atomic", "_BitInt", "_Bool", "_Complex", "_Decimal128", "_Decimal32",
    "_Decimal64", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local",
  ]

  /// Whether `name` is a symbol of libc, libm, libmvec, libpthread, libdl
  /// or OpenBLAS: a binary search over the bytes of the sorted list (18,000
  /// names, one space or newline between two). Building `librarySymbols`
  /// cost every `ftc compile` 15 ms as Characters, 3 ms as bytes; this
  /// search builds nothing.
  public static func isLibrarySymbol(_ name: String) -> Bool {
    var list = librarySymbolList, key = name
    return list.withUTF8 { text in key.withUTF8 { sortedWords(text, contain: $0) } }
  }

  /// Symbols exported by libc, libm, libmvec, libpthread, libdl and OpenBLAS.
  public static let librarySymbols: Set<String> = {
    var list = librarySymbolList
    return list.withUTF8 { bytes in
      Set(bytes.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") })
        .map { String(decoding: $0, as: UTF8.self) })
    }
  }()

  /// Why `symbol` cannot be exported from a compiled object, or nil if it can.
  public static func exportProblem(_ symbol: String) -> String? {
    if !isCIdentifier(symbol) { return "'\(symbol)' is not a C identifier" }
    if c23Keywords.contains(symbol) { return "'\(symbol)' is a C keyword" }
    if symbol.hasPrefix("_") { return "exported names may not begin with '_'" }
    if symbol.hasPrefix("ftc_") { return "exported names may not begin with 'ftc_' (reserved for ftc's runtime)" }
    if isLibrarySymbol(symbol) {
      return "'\(symbol)' is a symbol of the C or BLAS libraries a compiled object links against; rename it or make the function private"
    }
    return nil
  }

  /// The symbol of a compiled object's metadata function for `prefix`.
  public static func metadataSymbol(prefix: String) -> String { prefix + "ftc_metadata" }

  /// Why `prefix` cannot prefix a compiled object's symbols, or nil if it can:
  /// the prefixed metadata symbol must be a valid, unreserved C identifier.
  public static func prefixProblem(_ prefix: String) -> String? {
    guard !prefix.isEmpty else { return nil }
    return exportProblem(metadataSymbol(prefix: prefix)).map { "--prefix '\(prefix)' gives the symbol \(metadataSymbol(prefix: prefix)): \($0)" }
  }

  /// Why function `name` cannot be exported under `prefix`, or nil if it can.
  public static func exportProblem(_ name: String, prefix: String) -> String? {
    let symbol = prefix + name
    if prefix.isEmpty, isLibrarySymbol(name), isCIdentifier(name) {
      return "'\(name)' is a symbol of the C or BLAS libraries a compiled object links against; "
        + "compile with --prefix (e.g. --prefix m_ exports it as m_\(name)), rename it, or make the function private"
    }
    if let problem = exportProblem(symbol) { return problem }
    if symbol == metadataSymbol(prefix: prefix) { return "'\(symbol)' is the compiled object's metadata function" }
    return nil
  }
}

/// Whether `text` (words in ascending byte order, each two separated by one
/// space or newline) contains the word `key`. The search keeps `lo` at a
/// word's start and `hi` just after a separator (or at the end).
func sortedWords(_ text: UnsafeBufferPointer<UInt8>, contain key: UnsafeBufferPointer<UInt8>) -> Bool {
  func isSeparator(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") }
  var lo = 0, hi = text.count
  while lo < hi {
    var start = lo + (hi - lo) / 2
    while start > lo && !isSeparator(text[start - 1]) { start -= 1 }
    var end = start
    while end < hi && !isSeparator(text[end]) { end += 1 }
    let word = UnsafeBufferPointer(rebasing: text[start..<end])
    if word.elementsEqual(key) { return true }
    if key.lexicographicallyPrecedes(word) { hi = start } else { lo = end + 1 }
  }
  return false
}
