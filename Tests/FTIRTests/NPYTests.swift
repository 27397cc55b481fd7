import Testing
@testable import FTIR

// Tests of Sources/FTIR/NPY.swift: reading and writing .npy files, numpy's repr.
//
// The data in `NumpyCaptured` (bytes written by np.save, reprs printed by
// numpy) was captured from real numpy by Tools/npy_test_data.py, so these
// tests need no numpy. Tools/npy_repr_cases.py with NPYDifferentialTests
// compares against numpy on thousands of random arrays, on demand.

// MARK: - Helpers

func hexBytes(_ s: String) -> [UInt8] {
  var out: [UInt8] = []
  var it = s.utf8.makeIterator()
  func nib(_ c: UInt8) -> UInt8 { c <= 57 ? c - 48 : (c | 0x20) - 87 }
  while let a = it.next(), let b = it.next() { out.append(nib(a) << 4 | nib(b)) }
  return out
}

/// The error readNPY throws, or nil if it reads the bytes.
func npyError(_ bytes: [UInt8]) -> NPYError? {
  do {
    _ = try readNPY(bytes: bytes)
    return nil
  } catch {
    return error
  }
}

/// A .npy file with this header text (padded as numpy pads it unless `pad` is false).
func npyFile(header: String, data: [UInt8] = [], version: UInt8 = 1, pad: Bool = true) -> [UInt8] {
  var h = Array(header.utf8)
  let lengthSize = version == 1 ? 2 : 4
  if pad {
    h.append(0x0A)
    while (10 + (lengthSize - 2) + h.count) % 64 != 0 { h.insert(0x20, at: h.count - 1) }
  }
  var out: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, version, 0]
  for k in 0..<lengthSize { out.append(UInt8(truncatingIfNeeded: h.count >> (8 * k))) }
  return out + h + data
}

func leBytes<T: FixedWidthInteger>(_ xs: [T]) -> [UInt8] {
  var out: [UInt8] = []
  for x in xs { withUnsafeBytes(of: x.littleEndian) { out += $0 } }
  return out
}

func f32Bytes(_ xs: [Float]) -> [UInt8] { leBytes(xs.map(\.bitPattern)) }
func f64Bytes(_ xs: [Double]) -> [UInt8] { leBytes(xs.map(\.bitPattern)) }

enum NumpyCaptured {
  // Captured from numpy 2.4.6: (name, bytes np.save wrote, repr).
  static let numpyFiles: [(String, String, String)] = [
    ("f32 vector",
     "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000400000a040",
     "array([2., 5.], dtype=float32)"),
    ("f32 scalar",
     "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a00004040",
     "array(3., dtype=float32)"),
    ("i32 matrix",
     "934e554d5059010076007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c2032292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a01000000020000000300000004000000",
     "array([[1, 2],\n       [3, 4]], dtype=int32)"),
    ("bool vector",
     "934e554d5059010076007b276465736372273a20277c6231272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0100",
     "array([ True, False])"),
    ("f64 vector",
     "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a9a9999999999b93f9a9999999999c93f",
     "array([0.1, 0.2])"),
    ("i64 vector",
     "934e554d5059010076007b276465736372273a20273c6938272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028342c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200afdffffffffffffff000000000000000007000000000000000000000000000040",
     "array([                 -3,                   0,                   7,\n       4611686018427387904])"),
    ("f64 empty",
     "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028302c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a",
     "array([], dtype=float64)"),
    ("i32 zero-size 3-d",
     "934e554d5059010076007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c20302c2033292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a",
     "array([], shape=(2, 0, 3), dtype=int32)"),
    ("f32 3-d",
     "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c20332c2034292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000002549123e2549923eb76ddb3e2549123f6edb363fb76d5b3f0000803f2549923f4992a43f6edbb63f9224c93fb76ddb3fdbb6ed3f000000409224094025491240b76d1b4049922440dbb62d406edb3640000040409224494025495240",
     "array([[[0.        , 0.14285715, 0.2857143 , 0.42857143],\n        [0.5714286 , 0.71428573, 0.85714287, 1.        ],\n        [1.1428572 , 1.2857143 , 1.4285715 , 1.5714285 ]],\n\n       [[1.7142857 , 1.8571428 , 2.        , 2.142857  ],\n        [2.2857144 , 2.4285715 , 2.5714285 , 2.7142856 ],\n        [2.857143  , 3.        , 3.142857  , 3.2857144 ]]], dtype=float32)"),
    ("f64 specials",
     "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028352c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000f87f000000000000f07f000000000000f0ff0000000000000080000000000000f83f",
     "array([ nan,  inf, -inf, -0. ,  1.5])"),
    ("bool scalar",
     "934e554d5059010076007b276465736372273a20277c6231272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a01",
     "array(True)"),
    ("i64 scalar",
     "934e554d5059010076007b276465736372273a20273c6938272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200ad6ffffffffffffff",
     "array(-42)"),
    ("f32 halves",
     "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0000803f00002040",
     "array([1. , 2.5], dtype=float32)"),
    ("f32 scientific",
     "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200aacc527370000803f",
     "array([1.e-05, 1.e+00], dtype=float32)"),
    ("i32 wrapped line",
     "934e554d5059010076007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a202833302c292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200aa8e4ffff90e8ffff78ecffff60f0ffff48f4ffff30f8ffff18fcffff00000000e8030000d0070000b80b0000a00f00008813000070170000581b0000401f00002823000010270000f82a0000e02e0000c8320000b0360000983a0000803e00006842000050460000384a0000204e000008520000f0550000",
     "array([-7000, -6000, -5000, -4000, -3000, -2000, -1000,     0,  1000,\n        2000,  3000,  4000,  5000,  6000,  7000,  8000,  9000, 10000,\n       11000, 12000, 13000, 14000, 15000, 16000, 17000, 18000, 19000,\n       20000, 21000, 22000], dtype=int32)"),
    ("bool 2-d",
     "934e554d5059010076007b276465736372273a20277c6231272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c2033292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a010001000001",
     "array([[ True, False,  True],\n       [False, False,  True]])"),
    ("f64 version 2.0",
     "934e554d50590200740000007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000f83f00000000000002c0",
     "array([ 1.5 , -2.25])"),
    ("i32 version 3.0",
     "934e554d50590300740000007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c2031292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0700000008000000",
     "array([[7],\n       [8]], dtype=int32)"),
    ("f32 rank 8",
     "934e554d5059010076007b276465736372273a20273c6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028312c20312c20312c20312c20312c20312c20312c2032292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000803f",
     "array([[[[[[[[0., 1.]]]]]]]], dtype=float32)"),
  ]
  static let numpyRejected: [(String, String)] = [
    ("big-endian", "934e554d5059010076007b276465736372273a20273e6634272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a3f80000040000000"),
    ("fortran", "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a20547275652c20277368617065273a2028322c2033292c207d20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a00000000000000000000000000000840000000000000f03f000000000000104000000000000000400000000000001440"),
    ("float16", "934e554d5059010076007b276465736372273a20273c6632272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a003c0040"),
    ("uint32", "934e554d5059010076007b276465736372273a20273c7534272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0100000002000000"),
    ("uint8", "934e554d5059010076007b276465736372273a20277c7531272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a0102"),
    ("object", "934e554d5059010076007b276465736372273a20277c4f272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a80049590000000000000008c166e756d70792e5f636f72652e6d756c74696172726179948c0c5f7265636f6e7374727563749493948c056e756d7079948c076e6461727261799493944b0085944301629487945294284b014b02859468038c0564747970659493948c024f3894898887945294284b038c017c944e4e4e4affffffff4affffffff4b3f749462895d94284b018c016194657494622e"),
    ("structured", "934e554d5059010076007b276465736372273a205b282761272c20273c663427292c20282762272c20273c693427295d2c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c292c207d202020202020202020202020202020202020202020202020202020202020202020202020200a00000000000000000000000000000000"),
    ("complex", "934e554d5059010076007b276465736372273a20273c6338272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028312c292c207d2020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a000000000000803f"),
  ]
  static let numpyReprs: [String: String] = [
    "arange1001_f32_div3":
      "array([  0.        ,   0.33333334,   0.6666667 , ..., 332.66666   ,\n       333.        , 333.33334   ], shape=(1001,), dtype=float32)",
    "arange2000_i64":
      "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))",
    "arange1100_i32_11x100":
      "array([[   0,    1,    2, ...,   97,   98,   99],\n       [ 100,  101,  102, ...,  197,  198,  199],\n       [ 200,  201,  202, ...,  297,  298,  299],\n       ...,\n       [ 800,  801,  802, ...,  897,  898,  899],\n       [ 900,  901,  902, ...,  997,  998,  999],\n       [1000, 1001, 1002, ..., 1097, 1098, 1099]],\n      shape=(11, 100), dtype=int32)",
    "ones2000_bool":
      "array([ True,  True,  True, ...,  True,  True,  True], shape=(2000,))",
    "arange3000_f64_10x10x30":
      "array([[[-1500., -1499., -1498., ..., -1473., -1472., -1471.],\n        [-1470., -1469., -1468., ..., -1443., -1442., -1441.],\n        [-1440., -1439., -1438., ..., -1413., -1412., -1411.],\n        ...,\n        [-1290., -1289., -1288., ..., -1263., -1262., -1261.],\n        [-1260., -1259., -1258., ..., -1233., -1232., -1231.],\n        [-1230., -1229., -1228., ..., -1203., -1202., -1201.]],\n\n       [[-1200., -1199., -1198., ..., -1173., -1172., -1171.],\n        [-1170., -1169., -1168., ..., -1143., -1142., -1141.],\n        [-1140., -1139., -1138., ..., -1113., -1112., -1111.],\n        ...,\n        [ -990.,  -989.,  -988., ...,  -963.,  -962.,  -961.],\n        [ -960.,  -959.,  -958., ...,  -933.,  -932.,  -931.],\n        [ -930.,  -929.,  -928., ...,  -903.,  -902.,  -901.]],\n\n       [[ -900.,  -899.,  -898., ...,  -873.,  -872.,  -871.],\n        [ -870.,  -869.,  -868., ...,  -843.,  -842.,  -841.],\n        [ -840.,  -839.,  -838., ...,  -813.,  -812.,  -811.],\n        ...,\n        [ -690.,  -689.,  -688., ...,  -663.,  -662.,  -661.],\n        [ -660.,  -659.,  -658., ...,  -633.,  -632.,  -631.],\n        [ -630.,  -629.,  -628., ...,  -603.,  -602.,  -601.]],\n\n       ...,\n\n       [[  600.,   601.,   602., ...,   627.,   628.,   629.],\n        [  630.,   631.,   632., ...,   657.,   658.,   659.],\n        [  660.,   661.,   662., ...,   687.,   688.,   689.],\n        ...,\n        [  810.,   811.,   812., ...,   837.,   838.,   839.],\n        [  840.,   841.,   842., ...,   867.,   868.,   869.],\n        [  870.,   871.,   872., ...,   897.,   898.,   899.]],\n\n       [[  900.,   901.,   902., ...,   927.,   928.,   929.],\n        [  930.,   931.,   932., ...,   957.,   958.,   959.],\n        [  960.,   961.,   962., ...,   987.,   988.,   989.],\n        ...,\n        [ 1110.,  1111.,  1112., ...,  1137.,  1138.,  1139.],\n        [ 1140.,  1141.,  1142., ...,  1167.,  1168.,  1169.],\n        [ 1170.,  1171.,  1172., ...,  1197.,  1198.,  1199.]],\n\n       [[ 1200.,  1201.,  1202., ...,  1227.,  1228.,  1229.],\n        [ 1230.,  1231.,  1232., ...,  1257.,  1258.,  1259.],\n        [ 1260.,  1261.,  1262., ...,  1287.,  1288.,  1289.],\n        ...,\n        [ 1410.,  1411.,  1412., ...,  1437.,  1438.,  1439.],\n        [ 1440.,  1441.,  1442., ...,  1467.,  1468.,  1469.],\n        [ 1470.,  1471.,  1472., ...,  1497.,  1498.,  1499.]]],\n      shape=(10, 10, 30))",
    "nan_f32_3x700":
      "array([[nan, nan, nan, ..., nan, nan, nan],\n       [nan, nan, nan, ..., nan, nan, nan],\n       [nan, nan, nan, ..., nan, nan, nan]], shape=(3, 700), dtype=float32)",
    "i64_big_4x25":
      "array([[                0,  1000000000000000,  2000000000000000,\n         3000000000000000,  4000000000000000,  5000000000000000,\n         6000000000000000,  7000000000000000,  8000000000000000,\n         9000000000000000, 10000000000000000, 11000000000000000,\n        12000000000000000, 13000000000000000, 14000000000000000,\n        15000000000000000, 16000000000000000, 17000000000000000,\n        18000000000000000, 19000000000000000, 20000000000000000,\n        21000000000000000, 22000000000000000, 23000000000000000,\n        24000000000000000],\n       [25000000000000000, 26000000000000000, 27000000000000000,\n        28000000000000000, 29000000000000000, 30000000000000000,\n        31000000000000000, 32000000000000000, 33000000000000000,\n        34000000000000000, 35000000000000000, 36000000000000000,\n        37000000000000000, 38000000000000000, 39000000000000000,\n        40000000000000000, 41000000000000000, 42000000000000000,\n        43000000000000000, 44000000000000000, 45000000000000000,\n        46000000000000000, 47000000000000000, 48000000000000000,\n        49000000000000000],\n       [50000000000000000, 51000000000000000, 52000000000000000,\n        53000000000000000, 54000000000000000, 55000000000000000,\n        56000000000000000, 57000000000000000, 58000000000000000,\n        59000000000000000, 60000000000000000, 61000000000000000,\n        62000000000000000, 63000000000000000, 64000000000000000,\n        65000000000000000, 66000000000000000, 67000000000000000,\n        68000000000000000, 69000000000000000, 70000000000000000,\n        71000000000000000, 72000000000000000, 73000000000000000,\n        74000000000000000],\n       [75000000000000000, 76000000000000000, 77000000000000000,\n        78000000000000000, 79000000000000000, 80000000000000000,\n        81000000000000000, 82000000000000000, 83000000000000000,\n        84000000000000000, 85000000000000000, 86000000000000000,\n        87000000000000000, 88000000000000000, 89000000000000000,\n        90000000000000000, 91000000000000000, 92000000000000000,\n        93000000000000000, 94000000000000000, 95000000000000000,\n        96000000000000000, 97000000000000000, 98000000000000000,\n        99000000000000000]])",
    "f64_linspace_77":
      "array([-1.   , -0.975, -0.95 , -0.925, -0.9  , -0.875, -0.85 , -0.825,\n       -0.8  , -0.775, -0.75 , -0.725, -0.7  , -0.675, -0.65 , -0.625,\n       -0.6  , -0.575, -0.55 , -0.525, -0.5  , -0.475, -0.45 , -0.425,\n       -0.4  , -0.375, -0.35 , -0.325, -0.3  , -0.275, -0.25 , -0.225,\n       -0.2  , -0.175, -0.15 , -0.125, -0.1  , -0.075, -0.05 , -0.025,\n        0.   ,  0.025,  0.05 ,  0.075,  0.1  ,  0.125,  0.15 ,  0.175,\n        0.2  ,  0.225,  0.25 ,  0.275,  0.3  ,  0.325,  0.35 ,  0.375,\n        0.4  ,  0.425,  0.45 ,  0.475,  0.5  ,  0.525,  0.55 ,  0.575,\n        0.6  ,  0.625,  0.65 ,  0.675,  0.7  ,  0.725,  0.75 ,  0.775,\n        0.8  ,  0.825,  0.85 ,  0.875,  0.9  ])",
  ]
}

// MARK: - Files written by numpy

@Suite struct NPYNumpyFiles {
  @Test(arguments: NumpyCaptured.numpyFiles.map { $0.0 })
  func readsWritesAndPrintsLikeNumpy(_ name: String) throws {
    let (_, hex, expectedRepr) = NumpyCaptured.numpyFiles.first { $0.0 == name }!
    let bytes = hexBytes(hex)
    let t = try readNPY(bytes: bytes)
    #expect(numpyRepr(t) == expectedRepr)
    if bytes[6] == 1 {
      // ftc writes exactly what np.save wrote.
      #expect(writeNPY(t) == bytes)
    } else {
      // Version 2.0/3.0 files read back to the same tensor; ftc writes 1.0.
      let again = try readNPY(bytes: writeNPY(t))
      #expect(again.bitwiseEqual(t))
      #expect(writeNPY(t)[6] == 1)
    }
  }

  func file(_ name: String) throws -> HostTensor {
    try readNPY(bytes: hexBytes(NumpyCaptured.numpyFiles.first { $0.0 == name }!.1))
  }

  @Test func valuesOfNumpyFiles() throws {
    #expect(try file("f32 vector") == HostTensor([Float(2), 5], shape: [2]))
    #expect(try file("f32 scalar") == HostTensor([Float(3)], shape: []))
    #expect(try file("i32 matrix") == HostTensor([Int32(1), 2, 3, 4], shape: [2, 2]))
    #expect(try file("bool vector") == HostTensor([true, false], shape: [2]))
    #expect(try file("f64 vector") == HostTensor([0.1, 0.2], shape: [2]))
    #expect(try file("i64 vector") == HostTensor([Int64(-3), 0, 7, 1 << 62], shape: [4]))
    #expect(try file("f64 empty") == HostTensor([Double](), shape: [0]))
    #expect(try file("i32 zero-size 3-d") == HostTensor([Int32](), shape: [2, 0, 3]))
    #expect(try file("f32 3-d") == HostTensor((0..<24).map { Float($0) / 7 }, shape: [2, 3, 4]))
    let s = try file("f64 specials")
    guard case .f64(let v) = s.storage else { Issue.record("not f64"); return }
    #expect(v[0].isNaN && v[1] == .infinity && v[2] == -.infinity && v[3] == 0 && v[3].sign == .minus && v[4] == 1.5)
    #expect(try file("bool scalar") == HostTensor([true], shape: []))
    #expect(try file("i64 scalar") == HostTensor([Int64(-42)], shape: []))
    #expect(try file("f64 version 2.0") == HostTensor([1.5, -2.25], shape: [2]))
    #expect(try file("i32 version 3.0") == HostTensor([Int32(7), 8], shape: [2, 1]))
    #expect(try file("f32 rank 8") == HostTensor([Float(0), 1], shape: [1, 1, 1, 1, 1, 1, 1, 2]))
  }

  @Test func rejectsWhatNumpyWritesButFtcDoesNotRead() {
    func err(_ name: String) -> NPYError? {
      npyError(hexBytes(NumpyCaptured.numpyRejected.first { $0.0 == name }!.1))
    }
    #expect(err("big-endian") == .bigEndian(">f4"))
    #expect(err("fortran") == .fortranOrder)
    #expect(err("float16") == .unsupportedDType("'<f2'"))
    #expect(err("uint32") == .unsupportedDType("'<u4'"))
    #expect(err("uint8") == .unsupportedDType("'|u1'"))
    #expect(err("object") == .unsupportedDType("'|O'"))
    #expect(err("complex") == .unsupportedDType("'<c8'"))
    guard case .unsupportedDType(let d)? = err("structured") else {
      Issue.record("structured dtype not rejected as unsupported")
      return
    }
    #expect(d.contains("'a'") && d.contains("'<f4'"))
  }
}

// MARK: - Round trips

@Suite struct NPYRoundTrip {
  static let shapes: [[Int]] = [[], [0], [1], [5], [2, 3], [2, 3, 4], [2, 0, 3], [3, 0], [1, 1, 1, 1, 1, 1, 1, 3]]

  static func sample(_ d: DType, _ shape: [Int]) -> HostTensor {
    let n = shape.reduce(1, *)
    let t = TensorType(d, shape)
    switch d {
    case .f32:
      let special: [Float] = [.nan, -.infinity, .infinity, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1, -3.5]
      return HostTensor(type: t, storage: .f32((0..<n).map { special[$0 % special.count] * Float($0 / special.count + 1) }))
    case .f64:
      let special: [Double] = [.nan, -.infinity, .infinity, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1, -3.5]
      return HostTensor(type: t, storage: .f64((0..<n).map { special[$0 % special.count] * Double($0 / special.count + 1) }))
    case .i32: return HostTensor(type: t, storage: .i32((0..<n).map { [Int32.min, Int32.max, -1, 0, 7][$0 % 5] &+ Int32($0) }))
    case .i64: return HostTensor(type: t, storage: .i64((0..<n).map { [Int64.min, Int64.max, -1, 0, 7][$0 % 5] &+ Int64($0) }))
    case .i1: return HostTensor(type: t, storage: .i1((0..<n).map { $0 % 3 == 1 }))
    }
  }

  @Test(arguments: DType.allCases, shapes)
  func roundTrip(_ d: DType, _ shape: [Int]) throws {
    let t = Self.sample(d, shape)
    let bytes = writeNPY(t)
    // Header layout as np.save: magic, version 1.0, data aligned to 64 bytes.
    #expect(Array(bytes[0..<8]) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0])
    let hlen = Int(bytes[8]) | Int(bytes[9]) << 8
    #expect((10 + hlen) % 64 == 0)
    #expect(bytes[10 + hlen - 1] == 0x0A)
    #expect(bytes.count == 10 + hlen + t.count * d.byteSize)
    let back = try readNPY(bytes: bytes)
    #expect(back.type == t.type)
    #expect(back.bitwiseEqual(t))
    // NaN payloads and signed zeros survive bit for bit.
    if case .f32(let a) = t.storage, case .f32(let b) = back.storage {
      #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
    }
    if case .f64(let a) = t.storage, case .f64(let b) = back.storage {
      #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
    }
  }

  @Test func headerTextIsNumpys() {
    let bytes = writeNPY(HostTensor([Float](repeating: 0, count: 6), shape: [2, 3]))
    let header = String(decoding: bytes[10..<128], as: UTF8.self)
    // np.save: sorted keys, a trailing ", ", 21-digit growth room for shape[0], then spaces and "\n".
    #expect(header == "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }" + String(repeating: " ", count: 58) + "\n")
    let scalar = writeNPY(HostTensor([true], shape: []))
    #expect(String(decoding: scalar[10..<128], as: UTF8.self).hasPrefix("{'descr': '|b1', 'fortran_order': False, 'shape': (), }   "))
    #expect(scalar.count == 129 && scalar[128] == 1)
  }

  @Test func boolBytesNonZeroIsTrue() throws {
    let f = npyFile(header: "{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }", data: [0, 1, 2, 255])
    #expect(try readNPY(bytes: f) == HostTensor([false, true, true, true], shape: [4]))
  }
}

// MARK: - Header parsing

@Suite struct NPYHeaderParsing {
  @Test(arguments: [
    "{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }",
    "{'descr': '<i4', 'fortran_order': False, 'shape': (3,)}",
    "{'shape': (3,), 'descr': '<i4', 'fortran_order': False}",
    "{'fortran_order': False, 'shape': (3, ), 'descr': '<i4', }",
    "{\"descr\": \"<i4\", \"fortran_order\": False, \"shape\": (3,)}",
    "  {  'descr'  :'<i4','fortran_order':False,'shape':(  3  ,  )  ,  }  ",
    "{'descr':\t'<i4',\n 'fortran_order': False,\n 'shape': (3,),\n}",
    "{'descr': '<i4', 'fortran_order': False, 'shape': [3]}".replacingOccurrences(of: "[3]", with: "(3,)"),
    "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'descr': '<i4'}",  // last wins, as in Python
  ])
  func acceptsHeaderVariants(_ header: String) throws {
    let t = try readNPY(bytes: npyFile(header: header, data: leBytes([Int32(1), -2, 3])))
    #expect(t == HostTensor([Int32(1), -2, 3], shape: [3]))
  }

  @Test func acceptsShapes() throws {
    let cases: [(String, [Int])] = [("()", []), ("(0,)", [0]), ("(2, 3)", [2, 3]), ("(2,3,)", [2, 3]),
                                    ("(1, 2, 1)", [1, 2, 1]), ("(0, 5)", [0, 5]), ("(4 ,3)", [4, 3])]
    for (s, shape) in cases {
      let n = shape.reduce(1, *)
      let t = try readNPY(bytes: npyFile(header: "{'descr': '<f8', 'fortran_order': False, 'shape': \(s), }",
                                         data: f64Bytes((0..<n).map(Double.init))))
      #expect(t.shape == shape, "\(s)")
    }
  }

  @Test func acceptsEveryDType() throws {
    let f = { (d: String, data: [UInt8]) in npyFile(header: "{'descr': '\(d)', 'fortran_order': False, 'shape': (2,), }", data: data) }
    #expect(try readNPY(bytes: f("<f4", f32Bytes([1.5, -2]))) == HostTensor([Float(1.5), -2], shape: [2]))
    #expect(try readNPY(bytes: f("<f8", f64Bytes([1.5, -2]))) == HostTensor([1.5, -2.0], shape: [2]))
    #expect(try readNPY(bytes: f("<i4", leBytes([Int32.min, 5]))) == HostTensor([Int32.min, 5], shape: [2]))
    #expect(try readNPY(bytes: f("<i8", leBytes([Int64.max, -5]))) == HostTensor([Int64.max, -5], shape: [2]))
    #expect(try readNPY(bytes: f("|b1", [1, 0])) == HostTensor([true, false], shape: [2]))
  }

  @Test func versionsTwoAndThree() throws {
    let h = "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }"
    #expect(try readNPY(bytes: npyFile(header: h, data: leBytes([Int64(4), 5]), version: 2)) == HostTensor([Int64(4), 5], shape: [2]))
    #expect(try readNPY(bytes: npyFile(header: h, data: leBytes([Int64(4), 5]), version: 3)) == HostTensor([Int64(4), 5], shape: [2]))
    // Unpadded headers are read too (alignment is numpy's habit, not a rule).
    #expect(try readNPY(bytes: npyFile(header: h, data: leBytes([Int64(4), 5]), pad: false)) == HostTensor([Int64(4), 5], shape: [2]))
    // 3.0 headers are UTF-8: invalid UTF-8 is malformed.
    var bad = npyFile(header: h, data: leBytes([Int64(4), 5]), version: 3)
    bad[12 + h.utf8.count] = 0xFF  // a padding byte
    guard case .malformedHeader? = npyError(bad) else { Issue.record("invalid UTF-8 accepted"); return }
  }
}

// MARK: - Errors

@Suite struct NPYErrors {
  let okHeader = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }"

  @Test func badMagic() {
    #expect(npyError(Array("hello world, not numpy at all".utf8)) == .badMagic)
    var f = npyFile(header: okHeader, data: f32Bytes([1, 2]))
    f[0] = 0x92
    #expect(npyError(f) == .badMagic)
    f = npyFile(header: okHeader, data: f32Bytes([1, 2]))
    f[3] = UInt8(ascii: "m")
    #expect(npyError(f) == .badMagic)
    #expect(npyError([0x50, 0x4B, 0x03, 0x04]) == .badMagic)  // a zip (.npz)
  }

  @Test func unsupportedVersions() {
    for (major, minor) in [(0, 0), (1, 1), (2, 1), (4, 0), (255, 255)] {
      var f = npyFile(header: okHeader, data: f32Bytes([1, 2]))
      f[6] = UInt8(major)
      f[7] = UInt8(minor)
      #expect(npyError(f) == .unsupportedVersion(major: major, minor: minor))
    }
  }

  @Test func bigEndianAndFortran() {
    for d in [">f4", ">f8", ">i4", ">i8"] {
      #expect(npyError(npyFile(header: "{'descr': '\(d)', 'fortran_order': False, 'shape': (1,), }", data: [0, 0, 0, 0, 0, 0, 0, 0])) == .bigEndian(d))
    }
    #expect(npyError(npyFile(header: "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", data: f32Bytes([1, 2, 3, 4]))) == .fortranOrder)
  }

  @Test(arguments: ["<f2", "<u4", "|O", "|u1", "|i1", "<u8", "<c16", "<M8[ns]", "|S3", "<U2", "f4", "=f4", "<f16", "", "b1"])
  func unsupportedDTypes(_ d: String) {
    #expect(npyError(npyFile(header: "{'descr': '\(d)', 'fortran_order': False, 'shape': (1,), }", data: [0, 0, 0, 0])) == .unsupportedDType("'\(d)'"))
  }

  @Test(arguments: [
    "",                                                              // empty header
    "   ",
    "[1, 2]",                                                        // not a dict
    "{'descr': '<f4', 'fortran_order': False}",                      // missing key
    "{'descr': '<f4', 'shape': (2,)}",
    "{'fortran_order': False, 'shape': (2,)}",
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'extra': 1}",  // unknown key
    "{'descr': '<f4', 'fortran_order': 0, 'shape': (2,)}",           // not a bool
    "{'descr': '<f4', 'fortran_order': 'False', 'shape': (2,)}",
    "{'descr': '<f4', 'fortran_order': False, 'shape': [2]}",        // a list, not a tuple
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2)}",        // an int, not a tuple
    "{'descr': '<f4', 'fortran_order': False, 'shape': 2}",
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2.0,)}",
    "{'descr': '<f4', 'fortran_order': False, 'shape': ('2',)}",
    "{'descr': '<f4', 'fortran_order': False, 'shape': (-2,)}",      // negative dimension
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2,,)}",
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2,)",        // unterminated dict
    "{'descr': '<f4, 'fortran_order': False, 'shape': (2,)}",        // broken string
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2,)} x",     // text after the dict
    "{'descr': '<f4', 'fortran_order': False, 'shape': (2,)}}",
    "{'descr': '<f4' 'fortran_order': False, 'shape': (2,)}",        // missing comma
    "{'descr' '<f4', 'fortran_order': False, 'shape': (2,)}",        // missing colon
    "{descr: '<f4', 'fortran_order': False, 'shape': (2,)}",         // bare name
    "{1: '<f4', 'fortran_order': False, 'shape': (2,)}",             // non-string key
    "{'descr': '<f4', 'fortran_order': false, 'shape': (2,)}",       // lower-case false
    "{'descr': '<f4', 'fortran_order': False, 'shape': (02,)}",      // leading zero
    String(repeating: "(", count: 100_000),                          // deep nesting
  ])
  func malformedHeaders(_ header: String) {
    let e = npyError(npyFile(header: header, data: f32Bytes([1, 2])))
    guard case .malformedHeader(let why)? = e else {
      Issue.record("expected a malformed header error for \(header.prefix(80)), got \(String(describing: e))")
      return
    }
    #expect(!why.isEmpty)
  }

  @Test func nonStringDescrIsUnsupported() {
    #expect(npyError(npyFile(header: "{'descr': 4, 'fortran_order': False, 'shape': (2,)}", data: f32Bytes([1, 2]))) == .unsupportedDType("4"))
  }

  @Test func latin1HeaderBytesAreNotPython() {
    var f = npyFile(header: okHeader, data: f32Bytes([1, 2]))
    f[12] = 0xE9  // 'é' in latin-1, inside the header text
    guard case .malformedHeader? = npyError(f) else { Issue.record("accepted"); return }
  }

  @Test func shapeLimits() {
    func err(_ shape: String) -> NPYError? {
      npyError(npyFile(header: "{'descr': '<f4', 'fortran_order': False, 'shape': \(shape), }"))
    }
    // Rank 9.
    #expect(err("(1, 1, 1, 1, 1, 1, 1, 1, 1)") == .shapeLimit(TensorType.limitError(shape: [1, 1, 1, 1, 1, 1, 1, 1, 1])!))
    // 2^31 elements: over the limit; never allocated.
    #expect(err("(2147483648,)") == .shapeLimit(TensorType.limitError(shape: [2147483648])!))
    #expect(err("(65536, 32768)") == .shapeLimit(TensorType.limitError(shape: [65536, 32768])!))
    // A product that overflows Int64.
    #expect(err("(4294967296, 4294967296, 4294967296)") == .shapeLimit(TensorType.limitError(shape: [4294967296, 4294967296, 4294967296])!))
    // A dimension that does not even fit in an Int.
    guard case .shapeLimit(let why)? = err("(99999999999999999999999,)") else { Issue.record("huge dimension accepted"); return }
    #expect(why.contains("99999999999999999999999"))
    // 2^31 - 1 elements is within the limit: the header is fine, the data missing.
    #expect(err("(2147483647,)") == .truncatedData(expected: 2147483647 * 4, got: 0))
    // Zero-size tensors with huge other dimensions are fine.
    #expect(err("(0, 4294967296, 4294967296)") == nil)
  }

  @Test func truncatedAndExtraData() {
    let h = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }"
    #expect(npyError(npyFile(header: h, data: f64Bytes([1, 2, 3]))) == .truncatedData(expected: 32, got: 24))
    #expect(npyError(npyFile(header: h, data: f64Bytes([1, 2, 3, 4]) + [0])) == .extraData(expected: 32, got: 33))
    #expect(npyError(npyFile(header: h, data: [])) == .truncatedData(expected: 32, got: 0))
    #expect(npyError(npyFile(header: "{'descr': '<f8', 'fortran_order': False, 'shape': (0,), }", data: [1])) == .extraData(expected: 0, got: 1))
  }

  @Test func headerLengthBeyondTheFile() {
    var f = npyFile(header: okHeader, data: f32Bytes([1, 2]))
    f[8] = 0xFF
    f[9] = 0xFF
    guard case .truncatedHeader? = npyError(f) else { Issue.record("accepted"); return }
    var g = npyFile(header: okHeader, data: f32Bytes([1, 2]), version: 2)
    g[8] = 0xFF; g[9] = 0xFF; g[10] = 0xFF; g[11] = 0xFF  // 4 GiB header: beyond ftc's limit, refused unread
    guard case .malformedHeader(let why)? = npyError(g), why.contains("exceeds ftc's limit") else { Issue.record("accepted"); return }
  }

  /// Every proper prefix of a valid file is an error (never a crash), and so
  /// is the file with any byte appended.
  @Test(arguments: [DType.f32, .f64, .i32, .i64, .i1])
  func truncatedAtEveryOffset(_ d: DType) throws {
    for shape in [[], [3], [2, 2]] {
      let bytes = writeNPY(NPYRoundTrip.sample(d, shape))
      _ = try readNPY(bytes: bytes)
      let dataStart = bytes.count - shape.reduce(1, *) * d.byteSize
      for n in 0..<bytes.count {
        let e = npyError(Array(bytes[0..<n]))
        switch e {
        case .truncatedHeader?: #expect(n < dataStart, "offset \(n)")
        case .truncatedData(let expected, let got)?:
          #expect(n >= dataStart && got == n - dataStart && expected == bytes.count - dataStart, "offset \(n)")
        default: Issue.record("prefix of \(n) bytes: \(String(describing: e))")
        }
      }
      #expect(npyError(bytes + [0]) == .extraData(expected: bytes.count - dataStart, got: bytes.count - dataStart + 1))
    }
  }

  /// Corrupting any single byte of a small file gives a tensor or an error, never a crash.
  @Test func corruptedBytesNeverCrash() {
    let bytes = npyFile(header: "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 1), }", data: leBytes([Int32(1), 2]))
    var errors = 0
    for i in bytes.indices {
      for v: UInt8 in [0, 1, 0x20, 0x27, 0x28, 0x29, 0x2C, 0x30, 0x39, 0x7B, 0x7D, 0x80, 0xFF] where v != bytes[i] {
        var b = bytes
        b[i] = v
        if npyError(b) != nil { errors += 1 }
      }
    }
    #expect(errors > 0)
  }

  @Test func messagesAreClear() {
    #expect(NPYError.badMagic.description.contains("not a .npy file"))
    #expect(NPYError.bigEndian(">f4").description.contains("big-endian"))
    #expect(NPYError.fortranOrder.description.contains("Fortran"))
    #expect(NPYError.unsupportedDType("'<f2'").description.contains("'<f2'"))
    #expect(NPYError.unsupportedVersion(major: 4, minor: 0).description.contains("4.0"))
    #expect(NPYError.truncatedData(expected: 8, got: 4).description.contains("truncated"))
    #expect(NPYError.extraData(expected: 8, got: 9).description.contains("1 extra"))
  }
}

// MARK: - numpy's repr

@Suite struct NumpyReprTests {
  // Every expected string below was printed by numpy 2.4 (repr of the same array).
  @Test func smallArrays() {
    #expect(numpyRepr(HostTensor([Float(2), 5], shape: [2])) == "array([2., 5.], dtype=float32)")
    #expect(numpyRepr(HostTensor([Float(3)], shape: [])) == "array(3., dtype=float32)")
    #expect(numpyRepr(HostTensor([Int32(1), 2, 3, 4], shape: [2, 2])) == "array([[1, 2],\n       [3, 4]], dtype=int32)")
    #expect(numpyRepr(HostTensor([true, false], shape: [2])) == "array([ True, False])")
    #expect(numpyRepr(HostTensor([Float(1), 2.5], shape: [2])) == "array([1. , 2.5], dtype=float32)")
    #expect(numpyRepr(HostTensor([0.1, 0.2], shape: [2])) == "array([0.1, 0.2])")
    #expect(numpyRepr(HostTensor([Int64(1), -20], shape: [2])) == "array([  1, -20])")
    #expect(numpyRepr(HostTensor([Int64(5)], shape: [])) == "array(5)")
    #expect(numpyRepr(HostTensor([true], shape: [])) == "array(True)")
    #expect(numpyRepr(HostTensor([false], shape: [])) == "array(False)")
    #expect(numpyRepr(HostTensor([Double.nan, .infinity], shape: [2])) == "array([nan, inf])")
    #expect(numpyRepr(HostTensor([Double.nan, -.infinity], shape: [2])) == "array([ nan, -inf])")
    #expect(numpyRepr(HostTensor([-Double.infinity, 1.5, .nan], shape: [3])) == "array([-inf,  1.5,  nan])")
    #expect(numpyRepr(HostTensor([Float.nan], shape: [])) == "array(nan, dtype=float32)")
    #expect(numpyRepr(HostTensor([-Double.infinity], shape: [])) == "array(-inf)")
    #expect(numpyRepr(HostTensor([-0.0, 0.0], shape: [2])) == "array([-0.,  0.])")
    #expect(numpyRepr(HostTensor([-0.0], shape: [])) == "array(-0.)")
    #expect(numpyRepr(HostTensor([Float(1) / 3], shape: [])) == "array(0.33333334, dtype=float32)")
    #expect(numpyRepr(HostTensor([1.0 / 3], shape: [])) == "array(0.33333333)")
    #expect(numpyRepr(HostTensor([1e20], shape: [])) == "array(1.e+20)")
    #expect(numpyRepr(HostTensor([Int32.min], shape: [])) == "array(-2147483648, dtype=int32)")
    #expect(numpyRepr(HostTensor([Int64.min], shape: [])) == "array(-9223372036854775808)")
    #expect(numpyRepr(HostTensor([Int32.max, Int32.min], shape: [2])) == "array([ 2147483647, -2147483648], dtype=int32)")
  }

  @Test func floatFormatting() {
    // Scientific notation: a value < 1e-4, a ratio > 1000, or a large value.
    #expect(numpyRepr(HostTensor([Float(1e-5), 1], shape: [2])) == "array([1.e-05, 1.e+00], dtype=float32)")
    #expect(numpyRepr(HostTensor([1e-100, 1.0], shape: [2])) == "array([1.e-100, 1.e+000])")
    #expect(numpyRepr(HostTensor([1000.0, 1], shape: [2])) == "array([1000.,    1.])")
    #expect(numpyRepr(HostTensor([1000.1, 1], shape: [2])) == "array([1.0001e+03, 1.0000e+00])")
    #expect(numpyRepr(HostTensor([Float(0.1), 1.2345678e-10], shape: [2])) == "array([1.0000000e-01, 1.2345679e-10], dtype=float32)")
    #expect(numpyRepr(HostTensor([Float(9e6)], shape: [1])) == "array([9.e+06], dtype=float32)")  // numpy >= 2.3
    #expect(numpyRepr(HostTensor([9e6], shape: [1])) == "array([9000000.])")
    #expect(numpyRepr(HostTensor([Double.leastNonzeroMagnitude, 1], shape: [2])) == "array([5.e-324, 1.e+000])")
    // At most 8 fractional digits, rounded half to even on the exact value.
    #expect(numpyRepr(HostTensor([0.001953125, 0.5], shape: [2])) == "array([0.00195312, 0.5       ])")
    #expect(numpyRepr(HostTensor([0.999999999, 1.5], shape: [2])) == "array([1. , 1.5])")
    #expect(numpyRepr(HostTensor((0..<24).map { Float($0) / 7 }, shape: [2, 3, 4])) == """
      array([[[0.        , 0.14285715, 0.2857143 , 0.42857143],
              [0.5714286 , 0.71428573, 0.85714287, 1.        ],
              [1.1428572 , 1.2857143 , 1.4285715 , 1.5714285 ]],

             [[1.7142857 , 1.8571428 , 2.        , 2.142857  ],
              [2.2857144 , 2.4285715 , 2.5714285 , 2.7142856 ],
              [2.857143  , 3.        , 3.142857  , 3.2857144 ]]], dtype=float32)
      """)
  }

  @Test func emptyArrays() {
    #expect(numpyRepr(HostTensor([Float](), shape: [0])) == "array([], dtype=float32)")
    #expect(numpyRepr(HostTensor([Double](), shape: [0])) == "array([], dtype=float64)")
    #expect(numpyRepr(HostTensor([Int64](), shape: [0])) == "array([], dtype=int64)")
    #expect(numpyRepr(HostTensor([Bool](), shape: [0])) == "array([], dtype=bool)")
    #expect(numpyRepr(HostTensor([Float](), shape: [2, 0])) == "array([], shape=(2, 0), dtype=float32)")
    #expect(numpyRepr(HostTensor([Int32](), shape: [2, 0, 3])) == "array([], shape=(2, 0, 3), dtype=int32)")
  }

  @Test func largeArraysAreSummarized() {
    let r = NumpyCaptured.numpyReprs
    #expect(numpyRepr(HostTensor((0..<1001).map { Float($0) / Float(3) }, shape: [1001])) == r["arange1001_f32_div3"])
    #expect(numpyRepr(HostTensor((0..<2000).map { Int64($0) }, shape: [2000])) == r["arange2000_i64"])
    #expect(numpyRepr(HostTensor((0..<1100).map { Int32($0) }, shape: [11, 100])) == r["arange1100_i32_11x100"])
    #expect(numpyRepr(HostTensor([Bool](repeating: true, count: 2000), shape: [2000])) == r["ones2000_bool"])
    #expect(numpyRepr(HostTensor((0..<3000).map { Double($0) - 1500 }, shape: [10, 10, 30])) == r["arange3000_f64_10x10x30"])
    #expect(numpyRepr(HostTensor([Float](repeating: .nan, count: 2100), shape: [3, 700])) == r["nan_f32_3x700"])
    // 1000 elements: not summarized.
    #expect(!numpyRepr(HostTensor((0..<1000).map { Int64($0) }, shape: [1000])).contains("..."))
  }

  @Test func lineWrapping() {
    let r = NumpyCaptured.numpyReprs
    #expect(numpyRepr(HostTensor((0..<100).map { Int64($0) * 1_000_000_000_000_000 }, shape: [4, 25])) == r["i64_big_4x25"])
    #expect(numpyRepr(HostTensor((0..<77).map { -1 + Double($0) * 0.025 }, shape: [77])) == r["f64_linspace_77"])
  }
}
