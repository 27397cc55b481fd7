/// Reading and writing numpy's `.npy` files, and numpy's `repr` of an array
/// (what `ftc run` prints without `--out`, spec section 7).
///
/// Supported: format versions 1.0, 2.0 and 3.0; little-endian, C-order data
/// of the five FTIR dtypes (`<f4 <f8 <i4 <i8 |b1`). Everything else is a
/// clear `NPYError`, never a crash or a huge allocation.

// MARK: - Errors

public enum NPYError: Error, CustomStringConvertible, Hashable, Sendable {
  /// The file does not start with `\x93NUMPY`.
  case badMagic
  /// A format version other than 1.0, 2.0 or 3.0.
  case unsupportedVersion(major: Int, minor: Int)
  /// The file ends inside the preamble or the header.
  case truncatedHeader(String)
  /// The header is not a valid dictionary with exactly `descr`,
  /// `fortran_order` and `shape`.
  case malformedHeader(String)
  /// A big-endian dtype such as `>f4`.
  case bigEndian(String)
  /// `fortran_order: True`.
  case fortranOrder
  /// A dtype other than `<f4 <f8 <i4 <i8 |b1`.
  case unsupportedDType(String)
  /// A shape beyond ftc's limits (rank > 8 or more than 2^31-1 elements).
  case shapeLimit(String)
  /// Fewer data bytes than the shape needs.
  case truncatedData(expected: Int, got: Int)
  /// More data bytes than the shape needs.
  case extraData(expected: Int, got: Int)

  public var description: String {
    switch self {
    case .badMagic:
      return "not a .npy file (it does not start with the magic string \\x93NUMPY)"
    case .unsupportedVersion(let major, let minor):
      return "unsupported .npy format version \(major).\(minor) (ftc reads versions 1.0, 2.0 and 3.0)"
    case .truncatedHeader(let why):
      return "truncated .npy file: \(why)"
    case .malformedHeader(let why):
      return "malformed .npy header: \(why)"
    case .bigEndian(let descr):
      return "unsupported big-endian dtype '\(descr)' in .npy file (ftc reads little-endian data only)"
    case .fortranOrder:
      return "unsupported Fortran-order .npy file (ftc reads C-order data only; save a C-contiguous array)"
    case .unsupportedDType(let descr):
      return "unsupported dtype \(descr) in .npy file (ftc reads <f4, <f8, <i4, <i8 and |b1)"
    case .shapeLimit(let why):
      return "shape in .npy file is beyond ftc's limits: \(why)"
    case .truncatedData(let expected, let got):
      return "truncated .npy file: the data needs \(expected) byte\(expected == 1 ? "" : "s"), the file has \(got)"
    case .extraData(let expected, let got):
      return "malformed .npy file: the data needs \(expected) byte\(expected == 1 ? "" : "s"), but the file has \(got) (\(got - expected) extra)"
    }
  }
}

private let npyMagic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // \x93NUMPY

// MARK: - Reading

/// The longest `.npy` header ftc reads (numpy writes a few hundred bytes).
public let maxNPYHeaderLength = 1 << 20

/// How long a `.npy` file is, as far as its first bytes tell.
public enum NPYExtent: Equatable, Sendable {
  /// The header is not complete: at least this many bytes are needed.
  case needBytes(Int)
  /// The whole file: preamble, header and the data the header declares.
  case total(Int)
}

/// The extent of the `.npy` file that starts with `bytes`; throws when
/// those bytes are already not a valid start of one.
public func npyExtent(prefix bytes: [UInt8]) throws(NPYError) -> NPYExtent {
  switch try npyPreamble(bytes) {
  case .needBytes(let n): return .needBytes(n)
  case .header(let header, let dataStart):
    return .total(dataStart + TensorType(.f32, header.shape).elementCount * header.dtype.byteSize)
  }
}

private enum NPYPreamble {
  case needBytes(Int)
  case header(NPYHeader, dataStart: Int)
}

/// Magic, version, header length and header of `bytes`, or how many bytes are missing.
private func npyPreamble(_ bytes: [UInt8]) throws(NPYError) -> NPYPreamble {
  for (i, m) in npyMagic.enumerated() where i < bytes.count {
    guard bytes[i] == m else { throw .badMagic }
  }
  guard bytes.count >= 8 else { return .needBytes(8) }
  let major = Int(bytes[6]), minor = Int(bytes[7])
  guard (major == 1 || major == 2 || major == 3) && minor == 0 else {
    throw .unsupportedVersion(major: major, minor: minor)
  }
  let lengthSize = major == 1 ? 2 : 4
  guard bytes.count >= 8 + lengthSize else { return .needBytes(8 + lengthSize) }
  var headerLength = 0
  for k in 0..<lengthSize { headerLength |= Int(bytes[8 + k]) << (8 * k) }
  guard headerLength <= maxNPYHeaderLength else {
    throw .malformedHeader("the header length \(headerLength) exceeds ftc's limit of \(maxNPYHeaderLength) bytes")
  }
  let headerStart = 8 + lengthSize
  let dataStart = headerStart + headerLength
  guard bytes.count >= dataStart else { return .needBytes(dataStart) }

  // Header text: latin-1 for 1.0 and 2.0, UTF-8 for 3.0.
  let headerBytes = bytes[headerStart..<dataStart]
  let text: String
  if major == 3 {
    let s = String(decoding: headerBytes, as: UTF8.self)
    guard s.utf8.elementsEqual(headerBytes) else { throw .malformedHeader("the header is not valid UTF-8") }
    text = s
  } else {
    var s = String.UnicodeScalarView()
    for b in headerBytes { s.append(Unicode.Scalar(b)) }
    text = String(s)
  }
  return .header(try parseNPYHeader(text), dataStart: dataStart)
}

/// Parses a whole `.npy` file.
public func readNPY(bytes: [UInt8]) throws(NPYError) -> HostTensor {
  let header: NPYHeader, dataStart: Int
  switch try npyPreamble(bytes) {
  case .header(let h, let start): (header, dataStart) = (h, start)
  case .needBytes(let n) where n <= 8:
    if bytes.count < npyMagic.count {
      throw .truncatedHeader("the file ends after \(bytes.count) byte\(bytes.count == 1 ? "" : "s"), inside the magic string")
    }
    throw .truncatedHeader("the file ends inside the format version")
  case .needBytes(let n) where n <= 12:
    throw .truncatedHeader("the file ends inside the header length")
  case .needBytes(let n):
    let headerStart = bytes[6] == 1 ? 10 : 12
    throw .truncatedHeader("the header needs \(n - headerStart) bytes, the file has \(bytes.count - headerStart) after the preamble")
  }

  // Element data.
  let count = TensorType(.f32, header.shape).elementCount  // within limits: checked by the header parser
  let expected = count * header.dtype.byteSize
  let got = bytes.count - dataStart
  if got < expected { throw .truncatedData(expected: expected, got: got) }
  if got > expected { throw .extraData(expected: expected, got: got) }
  let storage: TensorStorage = bytes.withUnsafeBytes { raw in
    let base = dataStart
    switch header.dtype {
    case .f32:
      return .f32((0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + 4 * $0, as: UInt32.self))) })
    case .f64:
      return .f64((0..<count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8 * $0, as: UInt64.self))) })
    case .i32:
      return .i32((0..<count).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: base + 4 * $0, as: Int32.self)) })
    case .i64:
      return .i64((0..<count).map { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8 * $0, as: Int64.self)) })
    case .i1:
      return .i1((0..<count).map { raw[base + $0] != 0 })
    }
  }
  return HostTensor(type: TensorType(header.dtype, header.shape), storage: storage)
}

private struct NPYHeader {
  var dtype: DType
  var shape: [Int]
}

/// A Python literal, as far as `.npy` headers use them.
private indirect enum PyValue {
  case str(String)
  case bool(Bool)
  case none
  /// An integer; nil when it does not fit in an Int.
  case int(Int?, text: String)
  case float(String)
  case tuple([PyValue])
  case list([PyValue])
  case dict([(String, PyValue)])

  var kind: String {
    switch self {
    case .str: return "a string"
    case .bool: return "a boolean"
    case .none: return "None"
    case .int: return "an integer"
    case .float: return "a float"
    case .tuple: return "a tuple"
    case .list: return "a list"
    case .dict: return "a dictionary"
    }
  }

  /// Python's repr, for error messages.
  var repr: String {
    switch self {
    case .str(let s): return "'\(s)'"
    case .bool(let b): return b ? "True" : "False"
    case .none: return "None"
    case .int(_, let t): return t
    case .float(let t): return t
    case .tuple(let xs): return xs.count == 1 ? "(\(xs[0].repr),)" : "(" + xs.map(\.repr).joined(separator: ", ") + ")"
    case .list(let xs): return "[" + xs.map(\.repr).joined(separator: ", ") + "]"
    case .dict(let kv): return "{" + kv.map { "'\($0.0)': \($0.1.repr)" }.joined(separator: ", ") + "}"
    }
  }
}

/// A small parser for the Python literals of a `.npy` header (what numpy
/// reads with `ast.literal_eval`): dicts, tuples, lists, strings, integers,
/// True/False/None. Bounded nesting, so hostile input cannot overflow the stack.
private struct PyLiteralParser {
  let chars: [Character]
  var pos = 0
  var depth = 0

  init(_ text: String) { chars = Array(text) }

  mutating func skipSpace() {
    while pos < chars.count, chars[pos] == " " || chars[pos] == "\t" || chars[pos] == "\n" || chars[pos] == "\r" || chars[pos] == "\u{0C}" {
      pos += 1
    }
  }

  func fail(_ why: String) -> NPYError { .malformedHeader(why) }

  mutating func expect(_ c: Character) throws(NPYError) {
    skipSpace()
    guard pos < chars.count else { throw fail("unexpected end of the header, expected '\(c)'") }
    guard chars[pos] == c else { throw fail("expected '\(c)' at offset \(pos), found '\(chars[pos])'") }
    pos += 1
  }

  mutating func peek() -> Character? {
    skipSpace()
    return pos < chars.count ? chars[pos] : nil
  }

  mutating func value() throws(NPYError) -> PyValue {
    guard let c = peek() else { throw fail("unexpected end of the header") }
    depth += 1
    defer { depth -= 1 }
    guard depth <= 32 else { throw fail("too deeply nested") }
    switch c {
    case "{":
      pos += 1
      var items: [(String, PyValue)] = []
      while true {
        if peek() == "}" { pos += 1; break }
        let k = try value()
        guard case .str(let key) = k else { throw fail("dictionary keys must be strings, got \(k.repr)") }
        try expect(":")
        items.append((key, try value()))
        guard let n = peek() else { throw fail("unexpected end of the header inside the dictionary") }
        if n == "," { pos += 1; continue }
        if n == "}" { pos += 1; break }
        throw fail("expected ',' or '}' at offset \(pos), found '\(n)'")
      }
      return .dict(items)
    case "(", "[":
      let close: Character = c == "(" ? ")" : "]"
      pos += 1
      var items: [PyValue] = []
      var trailingComma = false
      while true {
        if peek() == close { pos += 1; break }
        items.append(try value())
        trailingComma = false
        guard let n = peek() else { throw fail("unexpected end of the header, expected '\(close)'") }
        if n == "," { pos += 1; trailingComma = true; continue }
        if n == close { pos += 1; break }
        throw fail("expected ',' or '\(close)' at offset \(pos), found '\(n)'")
      }
      if c == "(" {
        // `(3)` is the integer 3, not a tuple.
        if items.count == 1 && !trailingComma { return items[0] }
        return .tuple(items)
      }
      return .list(items)
    case "'", "\"":
      pos += 1
      var s = ""
      while true {
        guard pos < chars.count else { throw fail("unterminated string") }
        let ch = chars[pos]
        pos += 1
        if ch == c { break }
        if ch == "\n" { throw fail("unterminated string") }
        if ch == "\\" {
          guard pos < chars.count else { throw fail("unterminated string") }
          let e = chars[pos]
          pos += 1
          switch e {
          case "n": s.append("\n")
          case "t": s.append("\t")
          case "\\", "'", "\"": s.append(e)
          default: s.append("\\"); s.append(e)
          }
          continue
        }
        s.append(ch)
      }
      return .str(s)
    default:
      if c == "-" || c == "+" || c.isASCII && c.isNumber {
        return try number()
      }
      if c.isLetter || c == "_" {
        var word = ""
        while pos < chars.count, chars[pos].isLetter || chars[pos].isNumber || chars[pos] == "_" {
          word.append(chars[pos])
          pos += 1
        }
        switch word {
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "None": return .none
        default: throw fail("unexpected name '\(word)'")
        }
      }
      throw fail("unexpected character '\(c)' at offset \(pos)")
    }
  }

  mutating func number() throws(NPYError) -> PyValue {
    var text = ""
    var negative = false
    while pos < chars.count, chars[pos] == "-" || chars[pos] == "+" {
      if chars[pos] == "-" { negative.toggle() }
      text.append(chars[pos])
      pos += 1
      skipSpace()
    }
    var digits = ""
    var isFloat = false
    while pos < chars.count {
      let ch = chars[pos]
      if ch.isASCII && ch.isNumber { digits.append(ch) }
      else if ch == "_" && !digits.isEmpty {}
      else if ch == "." || ch == "e" || ch == "E" { isFloat = true; digits.append(ch) }
      else if isFloat && (ch == "-" || ch == "+") && (digits.last == "e" || digits.last == "E") { digits.append(ch) }
      else { break }
      pos += 1
    }
    guard !digits.isEmpty else { throw fail("expected a number at offset \(pos)") }
    text += digits
    if isFloat { return .float(text) }
    // Python 3 rejects leading zeros in non-zero integers ("007").
    if digits.count > 1 && digits.first == "0" && digits.contains(where: { $0 != "0" }) {
      throw fail("invalid integer literal \(text)")
    }
    var v = 0
    var overflow = false
    for ch in digits {
      let d = Int(ch.asciiValue! - 48)
      let (m, o1) = v.multipliedReportingOverflow(by: 10)
      let (a, o2) = m.addingReportingOverflow(d)
      if o1 || o2 { overflow = true; break }
      v = a
    }
    return .int(overflow ? nil : (negative ? -v : v), text: text)
  }
}

private func parseNPYHeader(_ text: String) throws(NPYError) -> NPYHeader {
  var p = PyLiteralParser(text)
  let v = try p.value()
  p.skipSpace()
  guard p.pos == p.chars.count else {
    throw .malformedHeader("unexpected text after the dictionary at offset \(p.pos)")
  }
  guard case .dict(let items) = v else {
    throw .malformedHeader("the header is \(v.kind), not a dictionary")
  }
  // Python semantics: a repeated key keeps its last value.
  var d: [String: PyValue] = [:]
  for (k, x) in items { d[k] = x }
  let expected: Set<String> = ["descr", "fortran_order", "shape"]
  for k in d.keys.sorted() where !expected.contains(k) {
    throw .malformedHeader("unexpected key '\(k)' (the header has exactly 'descr', 'fortran_order' and 'shape')")
  }
  for k in expected.sorted() where d[k] == nil {
    throw .malformedHeader("missing key '\(k)'")
  }

  // descr
  guard case .str(let descr)? = d["descr"] else {
    // A list of fields is a structured dtype.
    throw .unsupportedDType(d["descr"]!.repr)
  }
  let dtype: DType
  switch descr {
  case "<f4": dtype = .f32
  case "<f8": dtype = .f64
  case "<i4": dtype = .i32
  case "<i8": dtype = .i64
  case "|b1", "<b1": dtype = .i1
  default:
    if descr.hasPrefix(">"), ["f4", "f8", "i4", "i8"].contains(String(descr.dropFirst())) {
      throw .bigEndian(descr)
    }
    throw .unsupportedDType("'\(descr)'")
  }

  // fortran_order
  guard case .bool(let fortran)? = d["fortran_order"] else {
    throw .malformedHeader("'fortran_order' must be True or False, got \(d["fortran_order"]!.repr)")
  }

  // shape
  guard case .tuple(let dims)? = d["shape"] else {
    throw .malformedHeader("'shape' must be a tuple of integers, got \(d["shape"]!.repr)")
  }
  var shape: [Int] = []
  for x in dims {
    guard case .int(let n, let t) = x else {
      throw .malformedHeader("'shape' must be a tuple of integers, got \(d["shape"]!.repr)")
    }
    guard let n else {
      // Too large for an Int: negative ones are malformed, positive ones beyond any limit.
      if t.hasPrefix("-") { throw .malformedHeader("negative dimension \(t) in 'shape'") }
      throw .shapeLimit("dimension \(t) of shape \(d["shape"]!.repr) exceeds the maximum of \(Limits.maxElements) elements")
    }
    guard n >= 0 else { throw .malformedHeader("negative dimension \(n) in 'shape'") }
    shape.append(n)
  }
  if fortran { throw .fortranOrder }
  if let e = TensorType.limitError(shape: shape) { throw .shapeLimit(e) }
  return NPYHeader(dtype: dtype, shape: shape)
}

// MARK: - Writing

/// Python's repr of a shape tuple: `()`, `(3,)`, `(2, 3)`.
private func pyTupleRepr(_ shape: [Int]) -> String {
  if shape.count == 1 { return "(\(shape[0]),)" }
  return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

private func npyDescr(_ d: DType) -> String {
  switch d {
  case .f32: return "<f4"
  case .f64: return "<f8"
  case .i32: return "<i4"
  case .i64: return "<i8"
  case .i1: return "|b1"
  }
}

/// The bytes of a `.npy` file holding `t`, exactly as numpy's `np.save`
/// writes them: version 1.0 (2.0 if the header does not fit), the header
/// dictionary with keys in sorted order, room to grow the shape, then spaces
/// and a newline so that the data starts at a multiple of 64 bytes.
public func writeNPY(_ t: HostTensor) -> [UInt8] {
  var header = "{'descr': '\(npyDescr(t.dtype))', 'fortran_order': False, 'shape': \(pyTupleRepr(t.shape)), }"
  // numpy leaves room for the first dimension to grow to 21 digits.
  if let first = t.shape.first { header += String(repeating: " ", count: max(0, 21 - String(first).count)) }
  let headerBytes = Array(header.utf8)
  let hlen = headerBytes.count + 1  // + the final newline
  var version: UInt8 = 1
  var lengthSize = 2
  var padlen = 64 - ((6 + 2 + lengthSize + hlen) % 64)
  if hlen + padlen > 0xFFFF {
    version = 2
    lengthSize = 4
    padlen = 64 - ((6 + 2 + lengthSize + hlen) % 64)
  }
  let total = hlen + padlen
  var out = npyMagic + [version, 0]
  for k in 0..<lengthSize { out.append(UInt8(truncatingIfNeeded: total >> (8 * k))) }
  out += headerBytes
  out += [UInt8](repeating: 0x20, count: padlen)
  out.append(0x0A)
  out.reserveCapacity(out.count + t.count * t.dtype.byteSize)
  func append<T: FixedWidthInteger>(_ v: T) {
    withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
  }
  switch t.storage {
  case .f32(let a): for v in a { append(v.bitPattern) }
  case .f64(let a): for v in a { append(v.bitPattern) }
  case .i32(let a): for v in a { append(v) }
  case .i64(let a): for v in a { append(v) }
  case .i1(let a): for v in a { out.append(v ? 1 : 0) }
  }
  return out
}

// MARK: - numpy's repr

/// numpy's `repr()` of an array with the default print options (line width
/// 75, precision 8, `floatmode='maxprec'`, summarizing arrays of more than
/// 1000 elements with 3 edge items): `array([2., 5.], dtype=float32)`,
/// `array(3., dtype=float32)`, `array([[1, 2], [3, 4]], dtype=int32)`,
/// `array([ True, False])`. Floats are printed digit for digit as numpy's
/// Dragon4 prints them. Where numpy versions differ, this follows numpy 2.3
/// and later: a summarized array gets a `shape=(...)` suffix (numpy ≥ 2.2),
/// and float32 values of 1e6 or more switch to scientific notation (numpy ≥
/// 2.3; older versions switch at 1e8 for both float types).
public func numpyRepr(_ t: HostTensor) -> String {
  let prefix = "array("
  let lineWidth = 75
  var body: String
  if t.count == 0 {
    body = "[]"
  } else {
    // array2string takes the suffix ")" off the line width.
    body = formatArray(t, lineWidth: lineWidth - 1, nextLinePrefix: " " + String(repeating: " ", count: prefix.count))
  }
  var extras: [String] = []
  let summarized = t.count > 1000
  if (t.count == 0 && t.shape != [0]) || summarized {
    extras.append("shape=\(pyTupleRepr(t.shape))")
  }
  let implied = t.dtype == .f64 || t.dtype == .i64 || t.dtype == .i1
  if !implied || t.count == 0 {
    let name: String
    switch t.dtype {
    case .f32: name = "float32"
    case .f64: name = "float64"
    case .i32: name = "int32"
    case .i64: name = "int64"
    case .i1: name = "bool"
    }
    extras.append("dtype=\(name)")
  }
  if extras.isEmpty { return prefix + body + ")" }
  let arrStr = prefix + body + ","
  let extraStr = extras.joined(separator: ", ") + ")"
  let lastLineLen = arrStr.count - ((arrStr.lastIndex(of: "\n").map { arrStr.distance(from: arrStr.startIndex, to: $0) }) ?? -1) - 1
  let spacer = lastLineLen + extraStr.count + 1 > lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
  return arrStr + spacer + extraStr
}

/// numpy's `_formatArray` (separator ", ", edge items 3, threshold 1000).
private func formatArray(_ t: HostTensor, lineWidth: Int, nextLinePrefix: String) -> String {
  let edge = 3
  let summarize = t.count > 1000
  let shape = t.shape
  let strides = rowMajorStrides(shape)

  // The elements numpy formats (`_leading_trailing`): every element whose
  // index, in each summarized dimension, is among the first or last `edge`.
  func shown(_ k: Int) -> [Int] {
    let n = shape[k]
    if summarize && n > 2 * edge { return Array(0..<edge) + Array((n - edge)..<n) }
    return Array(0..<n)
  }
  var flat: [Int] = [0]
  for k in 0..<shape.count {
    let idx = shown(k)
    flat = flat.flatMap { base in idx.map { base + $0 * strides[k] } }
  }
  let format = elementFormatter(t, flat)

  let separator = ", "
  func recurse(_ offset: Int, _ axis: Int, _ hangingIndent: String, _ currWidth: Int) -> String {
    let axesLeft = shape.count - axis
    if axesLeft == 0 { return format(offset) }
    let nextHanging = hangingIndent + " "
    let nextWidth = currWidth - 1
    let n = shape[axis]
    let showSummary = summarize && 2 * edge < n
    let leading = showSummary ? edge : 0
    let trailing = showSummary ? edge : n
    var s = ""
    func child(_ i: Int) -> String { recurse(offset + i * strides[axis], axis + 1, nextHanging, nextWidth) }
    if axesLeft == 1 {
      let elemWidth = currWidth - 1  // max(len(","), len("]"))
      var line = hangingIndent
      func extend(_ word: String) {
        var needsWrap = line.count + word.count > elemWidth
        if line.count <= hangingIndent.count { needsWrap = false }
        if needsWrap {
          s += rstrip(line) + "\n"
          line = hangingIndent
        }
        line += word
      }
      for i in 0..<leading {
        extend(child(i))
        line += separator
      }
      if showSummary {
        extend("...")
        line += separator
      }
      if trailing > 1 {
        for i in stride(from: trailing, to: 1, by: -1) {
          extend(child(n - i))
          line += separator
        }
      }
      extend(child(n - 1))
      s += line
    } else {
      let lineSep = "," + String(repeating: "\n", count: axesLeft - 1)
      for i in 0..<leading {
        s += hangingIndent + child(i) + lineSep
      }
      if showSummary {
        s += hangingIndent + "..." + lineSep
      }
      if trailing > 1 {
        for i in stride(from: trailing, to: 1, by: -1) {
          s += hangingIndent + child(n - i) + lineSep
        }
      }
      s += hangingIndent + child(n - 1)
    }
    return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
  }
  return recurse(0, 0, nextLinePrefix, lineWidth)
}

private func rstrip(_ s: String) -> String {
  var s = Substring(s)
  while let last = s.last, last == " " || last == "\t" || last == "\n" { s = s.dropLast() }
  return String(s)
}

/// numpy's per-dtype formatter, configured from the elements at `flat`.
private func elementFormatter(_ t: HostTensor, _ flat: [Int]) -> (Int) -> String {
  switch t.storage {
  case .i1(let a):
    let trueStr = t.rank == 0 ? "True" : " True"
    return { a[$0] ? trueStr : "False" }
  case .i32(let a):
    return integerFormatter(flat.map { Int64(a[$0]) }) { Int64(a[$0]) }
  case .i64(let a):
    return integerFormatter(flat.map { a[$0] }) { a[$0] }
  case .f32(let a):
    let f = FloatingFormat(flat.map { a[$0] })
    return { f.format(a[$0]) }
  case .f64(let a):
    let f = FloatingFormat(flat.map { a[$0] })
    return { f.format(a[$0]) }
  }
}

private func integerFormatter(_ data: [Int64], _ value: @escaping (Int) -> Int64) -> (Int) -> String {
  let width = data.isEmpty ? 0 : max(String(data.max()!).count, String(data.min()!).count)
  return { i in
    let s = String(value(i))
    return String(repeating: " ", count: max(0, width - s.count)) + s
  }
}

/// numpy's `FloatingFormat` with the default options (precision 8,
/// floatmode 'maxprec', no small-number suppression, sign '-').
private struct FloatingFormat<F: DragonFloat> {
  var expFormat = false
  var precision = 8
  var minDigits = -1
  var trimZeros = true  // trim '.' (TrimMode_Zeros); else 'k' (TrimMode_None)
  var padLeft = 0
  var padRight = 0
  var expSize = -1

  init(_ data: [F]) {
    let finite = data.filter(\.isFinite)
    let absNonZero = finite.filter { $0 != 0 }.map { $0.magnitude }
    if let maxVal = absNonZero.max(), let minVal = absNonZero.min() {
      // Compared in the element type, as numpy 2 does. Since numpy 2.3 the
      // cutoff for large values depends on the type's decimal precision:
      // 10**min(8, precision), 1e6 for float32 (6 digits), 1e8 for float64.
      let cutoff: F = F.significandBitCount == Float.significandBitCount ? F(1e6) : F(1e8)
      if maxVal >= cutoff || minVal < F(0.0001) || maxVal / minVal > F(1000) {
        expFormat = true
      }
    }
    if finite.isEmpty {
      padLeft = 0
      padRight = 0
    } else if expFormat {
      let strs = finite.map { dragon4Scientific($0, precision: 8, minDigits: -1, trimZeros: true, padLeft: -1, expDigits: -1) }
      var maxInt = 0, maxFrac = 0, maxExp = 0
      for s in strs {
        let parts = s.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mant = parts[0]
        let exp = parts.count > 1 ? parts[1] : ""
        let ip = mant.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        maxInt = max(maxInt, ip[0].count)
        maxFrac = max(maxFrac, ip.count > 1 ? ip[1].count : 0)
        maxExp = max(maxExp, exp.count)
      }
      expSize = maxExp - 1
      trimZeros = false
      precision = maxFrac
      minDigits = maxFrac
      padLeft = maxInt
      padRight = expSize + 2 + precision
    } else {
      let strs = finite.map { dragon4Positional($0, precision: 8, minDigits: -1, trimZeros: true, padLeft: -1, padRight: -1) }
      var maxInt = 0, maxFrac = 0
      for s in strs {
        let ip = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        maxInt = max(maxInt, ip[0].count)
        maxFrac = max(maxFrac, ip.count > 1 ? ip[1].count : 0)
      }
      padLeft = maxInt
      padRight = maxFrac
      expSize = -1
      trimZeros = true
      minDigits = 0
    }
    if finite.count != data.count {
      let negInf = data.contains { $0.isInfinite && $0 < 0 }
      let offset = padRight + 1
      padLeft = max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset)
    }
  }

  func format(_ x: F) -> String {
    if !x.isFinite {
      let r = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
      return String(repeating: " ", count: max(0, padLeft + padRight + 1 - r.count)) + r
    }
    if expFormat {
      return dragon4Scientific(x, precision: precision, minDigits: minDigits, trimZeros: trimZeros,
                               padLeft: padLeft, expDigits: expSize)
    }
    return dragon4Positional(x, precision: precision, minDigits: minDigits, trimZeros: trimZeros,
                             padLeft: padLeft, padRight: padRight)
  }
}

// MARK: - Dragon4 (a port of numpy's digit generation)

/// A float type that numpy's Dragon4 can print.
protocol DragonFloat: BinaryFloatingPoint {
  /// (mantissa, exponent, mantissaBit, hasUnequalMargins) of |self|, finite.
  var dragonParts: (UInt64, Int, Int, Bool) { get }
}

extension Float: DragonFloat {
  var dragonParts: (UInt64, Int, Int, Bool) {
    let bits = bitPattern
    let frac = UInt64(bits & 0x7F_FFFF)
    let e = Int((bits >> 23) & 0xFF)
    if e != 0 { return (frac | (1 << 23), e - 150, 23, e != 1 && frac == 0) }
    return (frac, 1 - 150, frac == 0 ? 0 : 63 - frac.leadingZeroBitCount, false)
  }
}

extension Double: DragonFloat {
  var dragonParts: (UInt64, Int, Int, Bool) {
    let bits = bitPattern
    let frac = bits & 0xF_FFFF_FFFF_FFFF
    let e = Int((bits >> 52) & 0x7FF)
    if e != 0 { return (frac | (1 << 52), e - 1075, 52, e != 1 && frac == 0) }
    return (frac, 1 - 1075, frac == 0 ? 0 : 63 - frac.leadingZeroBitCount, false)
  }
}

/// Unsigned big integers, just enough for Dragon4 (little-endian 32-bit limbs).
private struct BigUInt {
  var limbs: [UInt32] = []

  init(_ v: UInt64) {
    if v != 0 { limbs.append(UInt32(truncatingIfNeeded: v)) }
    if v >> 32 != 0 { limbs.append(UInt32(v >> 32)) }
  }

  var isZero: Bool { limbs.isEmpty }

  static func pow2(_ n: Int) -> BigUInt {
    var r = BigUInt(1)
    r.shiftLeft(n)
    return r
  }

  mutating func normalize() {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
  }

  mutating func shiftLeft(_ n: Int) {
    guard n > 0, !isZero else { return }
    let blocks = n / 32, bits = n % 32
    var out = [UInt32](repeating: 0, count: blocks)
    var carry: UInt32 = 0
    for l in limbs {
      if bits == 0 {
        out.append(l)
      } else {
        out.append((l << UInt32(bits)) | carry)
        carry = l >> UInt32(32 - bits)
      }
    }
    if carry != 0 { out.append(carry) }
    limbs = out
  }

  mutating func multiply(by m: UInt32) {
    var carry: UInt64 = 0
    for i in limbs.indices {
      let p = UInt64(limbs[i]) * UInt64(m) + carry
      limbs[i] = UInt32(truncatingIfNeeded: p)
      carry = p >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
    normalize()
  }

  mutating func multiplyPow10(_ n: Int) {
    var k = n
    while k >= 9 { multiply(by: 1_000_000_000); k -= 9 }
    var r: UInt32 = 1
    for _ in 0..<k { r *= 10 }
    if r != 1 { multiply(by: r) }
  }

  static func + (a: BigUInt, b: BigUInt) -> BigUInt {
    var r = BigUInt(0)
    var carry: UInt64 = 0
    for i in 0..<max(a.limbs.count, b.limbs.count) {
      let s = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
      r.limbs.append(UInt32(truncatingIfNeeded: s))
      carry = s >> 32
    }
    if carry != 0 { r.limbs.append(UInt32(carry)) }
    return r
  }

  /// -1, 0 or 1.
  static func compare(_ a: BigUInt, _ b: BigUInt) -> Int {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
    for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
      return a.limbs[i] < b.limbs[i] ? -1 : 1
    }
    return 0
  }

  /// self -= b (requires self >= b).
  mutating func subtract(_ b: BigUInt) {
    var borrow: Int64 = 0
    for i in limbs.indices {
      var d = Int64(limbs[i]) - Int64(i < b.limbs.count ? b.limbs[i] : 0) - borrow
      if d < 0 { d += 1 << 32; borrow = 1 } else { borrow = 0 }
      limbs[i] = UInt32(d)
    }
    normalize()
  }

  /// Replaces self by self mod divisor and returns the quotient (< 10 in Dragon4).
  mutating func divideSmallQuotient(_ divisor: BigUInt) -> UInt32 {
    var q: UInt32 = 0
    while BigUInt.compare(self, divisor) >= 0 {
      subtract(divisor)
      q += 1
    }
    return q
  }
}

private enum CutoffMode { case totalLength, fractionLength }

/// numpy's `Dragon4` in unique-digit mode: the digits of `mantissa * 2^exponent`
/// and the decimal exponent of the first one.
private func dragon4(mantissa: UInt64, exponent: Int, mantissaBit: Int, unequalMargins: Bool,
                     cutoffMode: CutoffMode, cutoffMax: Int, cutoffMin: Int) -> ([UInt8], Int) {
  if mantissa == 0 { return ([0], 0) }
  let isEven = mantissa & 1 == 0
  var scaledValue = BigUInt(mantissa)
  var scale: BigUInt
  var marginLow: BigUInt
  var marginHigh: BigUInt?  // nil: equal to marginLow
  if unequalMargins {
    if exponent > 0 {
      scaledValue.shiftLeft(exponent + 2)
      scale = BigUInt(4)
      marginLow = BigUInt.pow2(exponent)
      marginHigh = BigUInt.pow2(exponent + 1)
    } else {
      scaledValue.shiftLeft(2)
      scale = BigUInt.pow2(-exponent + 2)
      marginLow = BigUInt(1)
      marginHigh = BigUInt(2)
    }
  } else {
    if exponent > 0 {
      scaledValue.shiftLeft(exponent + 1)
      scale = BigUInt(2)
      marginLow = BigUInt.pow2(exponent)
    } else {
      scaledValue.shiftLeft(1)
      scale = BigUInt.pow2(-exponent + 1)
      marginLow = BigUInt(1)
    }
  }
  func high() -> BigUInt {
    if marginHigh == nil { return marginLow }
    var h = marginLow
    h.shiftLeft(1)
    return h
  }

  let log10_2 = 0.30102999566398119521373889472449
  var digitExponent = Int((Double(mantissaBit + exponent) * log10_2 - 0.69).rounded(.up))
  if cutoffMax >= 0 && cutoffMode == .fractionLength && digitExponent <= -cutoffMax {
    digitExponent = -cutoffMax + 1
  }
  if digitExponent > 0 {
    scale.multiplyPow10(digitExponent)
  } else if digitExponent < 0 {
    scaledValue.multiplyPow10(-digitExponent)
    marginLow.multiplyPow10(-digitExponent)
  }
  if marginHigh != nil { marginHigh = high() }
  if BigUInt.compare(scaledValue, scale) >= 0 {
    digitExponent += 1
  } else {
    scaledValue.multiply(by: 10)
    marginLow.multiply(by: 10)
    if marginHigh != nil { marginHigh = high() }
  }

  let bufferSize = 16384
  var cutoffMaxExponent = digitExponent - bufferSize
  if cutoffMax >= 0 {
    let desired = cutoffMode == .totalLength ? digitExponent - cutoffMax : -cutoffMax
    if desired > cutoffMaxExponent { cutoffMaxExponent = desired }
  }
  var cutoffMinExponent = digitExponent
  if cutoffMin >= 0 {
    let desired = cutoffMode == .totalLength ? digitExponent - cutoffMin : -cutoffMin
    if desired < cutoffMinExponent { cutoffMinExponent = desired }
  }
  var outExponent = digitExponent - 1

  var digits: [UInt8] = []
  var low = false, highFlag = false
  var outputDigit: UInt32 = 0
  while true {
    digitExponent -= 1
    outputDigit = scaledValue.divideSmallQuotient(scale)
    let valueHigh = scaledValue + (marginHigh ?? marginLow)
    let c1 = BigUInt.compare(scaledValue, marginLow)
    low = isEven ? c1 <= 0 : c1 < 0
    let c2 = BigUInt.compare(valueHigh, scale)
    highFlag = isEven ? c2 >= 0 : c2 > 0
    if ((low || highFlag) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent {
      break
    }
    digits.append(UInt8(outputDigit))
    scaledValue.multiply(by: 10)
    marginLow.multiply(by: 10)
    if marginHigh != nil { marginHigh = high() }
  }

  var roundDown = low
  if low == highFlag {
    var twice = scaledValue
    twice.shiftLeft(1)
    let c = BigUInt.compare(twice, scale)
    roundDown = c < 0
    if c == 0 { roundDown = outputDigit & 1 == 0 }
  }
  if roundDown {
    digits.append(UInt8(outputDigit))
  } else if outputDigit == 9 {
    while true {
      if digits.isEmpty {
        digits.append(1)
        outExponent += 1
        break
      }
      let d = digits.removeLast()
      if d != 9 {
        digits.append(d + 1)
        break
      }
    }
  } else {
    digits.append(UInt8(outputDigit + 1))
  }
  return (digits, outExponent)
}

private func digitString(_ ds: ArraySlice<UInt8>) -> String {
  String(decoding: ds.map { $0 + 48 }, as: UTF8.self)
}

/// numpy's `dragon4_positional(x, precision, min_digits, unique=True,
/// fractional=True, trim='.' or 'k', sign=False, pad_left, pad_right)`.
private func dragon4Positional<F: DragonFloat>(_ x: F, precision: Int, minDigits: Int, trimZeros: Bool,
                                               padLeft: Int, padRight: Int) -> String {
  let sign = x.sign == .minus ? "-" : ""
  let (m, e, mb, unequal) = x.dragonParts
  let (digits, printExponent) = dragon4(mantissa: m, exponent: e, mantissaBit: mb, unequalMargins: unequal,
                                        cutoffMode: .fractionLength, cutoffMax: precision, cutoffMin: minDigits)
  var s = ""
  var numFractionDigits = 0
  var numWholeDigits: Int
  if printExponent >= 0 {
    numWholeDigits = printExponent + 1
    if digits.count <= numWholeDigits {
      s = digitString(digits[...]) + String(repeating: "0", count: numWholeDigits - digits.count)
    } else {
      numFractionDigits = digits.count - numWholeDigits
      s = digitString(digits[..<numWholeDigits]) + "." + digitString(digits[numWholeDigits...])
    }
  } else {
    let zeros = -(printExponent + 1)
    s = "0." + String(repeating: "0", count: zeros) + digitString(digits[...])
    numFractionDigits = zeros + digits.count
    numWholeDigits = 1
  }
  if numFractionDigits == 0 { s += "." }
  let desired = max(minDigits, 0)
  if !trimZeros && desired > numFractionDigits {
    s += String(repeating: "0", count: desired - numFractionDigits)
    numFractionDigits = desired
  }
  if trimZeros && numFractionDigits > 0 {
    while s.last == "0" {
      s.removeLast()
      numFractionDigits -= 1
    }
  }
  if padRight >= numFractionDigits {
    s += String(repeating: " ", count: padRight - numFractionDigits)
  }
  s = sign + s
  let hasSign = sign.isEmpty ? 0 : 1
  if padLeft > numWholeDigits + hasSign {
    s = String(repeating: " ", count: padLeft - numWholeDigits - hasSign) + s
  }
  return s
}

/// numpy's `dragon4_scientific(x, precision, min_digits, unique=True,
/// trim='.' or 'k', sign=False, pad_left, exp_digits)`.
private func dragon4Scientific<F: DragonFloat>(_ x: F, precision: Int, minDigits: Int, trimZeros: Bool,
                                               padLeft: Int, expDigits: Int) -> String {
  let sign = x.sign == .minus ? "-" : ""
  var s = ""
  let leftChars = 1 + (sign.isEmpty ? 0 : 1)
  if padLeft > leftChars { s += String(repeating: " ", count: padLeft - leftChars) }
  s += sign
  let (m, e, mb, unequal) = x.dragonParts
  let (digits, printExponent) = dragon4(mantissa: m, exponent: e, mantissaBit: mb, unequalMargins: unequal,
                                        cutoffMode: .totalLength,
                                        cutoffMax: precision < 0 ? -1 : precision + 1,
                                        cutoffMin: minDigits < 0 ? -1 : minDigits + 1)
  s += digitString(digits[..<1])
  var numFractionDigits = digits.count - 1
  s += "."
  if numFractionDigits > 0 { s += digitString(digits[1...]) }
  let addDigits = max(minDigits, 0)
  if !trimZeros && addDigits > numFractionDigits {
    s += String(repeating: "0", count: addDigits - numFractionDigits)
    numFractionDigits = addDigits
  }
  if trimZeros && numFractionDigits > 0 {
    while s.last == "0" {
      s.removeLast()
      numFractionDigits -= 1
    }
  }
  var ed = expDigits
  if ed > 5 { ed = 5 }
  if ed < 0 { ed = 2 }
  let expText = String(abs(printExponent))
  s += "e" + (printExponent >= 0 ? "+" : "-") + String(repeating: "0", count: max(0, ed - expText.count)) + expText
  return s
}
