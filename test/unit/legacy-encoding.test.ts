import { convertLegacyText, detectLegacyEncoding } from '../../shared/text/legacy-encoding';

// Test-local encoders, written out by hand independently of the module's tables, so a typo in either shows up.
// Rows list each vowel with tones in the order: none, acute, grave, hook, tilde, dot below.
const UNICODE_ROWS = [
  'aáàảãạ',
  'ăắằẳẵặ',
  'âấầẩẫậ',
  'eéèẻẽẹ',
  'êếềểễệ',
  'iíìỉĩị',
  'oóòỏõọ',
  'ôốồổỗộ',
  'ơớờởỡợ',
  'uúùủũụ',
  'ưứừửữự',
  'yýỳỷỹỵ',
];
const TCVN3_ROWS = [
  'a¸µ¶·¹',
  '¨¾»¼½Æ',
  '©ÊÇÈÉË',
  'eÐÌÎÏÑ',
  'ªÕÒÓÔÖ',
  'iÝ×ØÜÞ',
  'oãßáâä',
  '«èåæçé',
  '¬íêëìî',
  'uóïñòô',
  '\u00ADøõö÷ù',
  'yýúûüþ',
];
const VNI_ROWS = [
  ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'],
  ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
  ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
  ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
  ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
  ['o', 'où', 'oø', 'oû', 'oõ', 'oï'],
  ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
  ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'],
  ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
  ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'],
  ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
];

function buildEncoder(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  withUpperCase: boolean,
): Map<string, string> {
  const map = new Map<string, string>();
  UNICODE_ROWS.forEach((letters, row) => {
    Array.from(letters).forEach((letter, tone) => {
      const legacy = rows[row]?.[tone] ?? '';
      map.set(letter, legacy);
      if (withUpperCase) map.set(letter.toUpperCase(), legacy.toUpperCase());
    });
  });
  return map;
}

const TCVN3_ENCODER = buildEncoder(
  TCVN3_ROWS.map((row) => Array.from(row)),
  false,
);
for (const [unicode, legacy] of [
  ['Ă', '¡'],
  ['Â', '¢'],
  ['Ê', '£'],
  ['Ô', '¤'],
  ['Ơ', '¥'],
  ['Ư', '¦'],
  ['Đ', '§'],
  ['đ', '®'],
]) {
  TCVN3_ENCODER.set(unicode, legacy);
}
const VNI_ENCODER = buildEncoder(VNI_ROWS, true);
VNI_ENCODER.set('đ', 'ñ').set('Đ', 'Ñ');

function encode(text: string, encoder: ReadonlyMap<string, string>): string {
  return Array.from(text, (ch) => encoder.get(ch) ?? ch).join('');
}

const PARAGRAPH =
  'Sở Ngoại vụ tỉnh thông báo kế hoạch tổ chức hội nghị tổng kết công tác đối ngoại năm nay. ' +
  'Các cơ quan, đơn vị cử cán bộ tham dự đầy đủ, đúng giờ; mọi thắc mắc xin liên hệ phòng hành chính ' +
  'qua số điện thoại 0262 3852 123. Người nhận: lãnh đạo sở, trưởng các phòng, chuyên viên phụ trách.';

describe('convertLegacyText with TCVN3', () => {
  it.each([
    ['Th«ng tin ®èi ngo¹i', 'Thông tin đối ngoại'],
    ['Së Ngo¹i vô', 'Sở Ngoại vụ'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Thµnh phè Hå ChÝ Minh', 'Thành phố Hồ Chí Minh'],
    ['Ng\u00ADêi nhËn', 'Người nhận'],
  ])('converts %s to Unicode', (legacy, unicode) => {
    expect(convertLegacyText(legacy, 'tcvn3')).toBe(unicode);
  });

  it('converts the seven upper-case base letters', () => {
    expect(convertLegacyText('¡ ¢ £ ¤ ¥ ¦ §', 'tcvn3')).toBe('Ă Â Ê Ô Ơ Ư Đ');
  });

  it('converts words starting with an upper-case base letter', () => {
    expect(convertLegacyText('§¹i häc §µ N½ng, ¦u tiªn, ¤ t«, ¡n uèng', 'tcvn3')).toBe(
      'Đại học Đà Nẵng, Ưu tiên, Ô tô, Ăn uống',
    );
  });

  it('leaves digits, punctuation and ASCII untouched', () => {
    expect(convertLegacyText('Sè 12/Q§-UBND (2024): OK!', 'tcvn3')).toBe('Số 12/QĐ-UBND (2024): OK!');
  });

  it('returns NFC', () => {
    const result = convertLegacyText('TiÕng ViÖt', 'tcvn3');
    expect(result).toBe('Tiếng Việt');
    expect(result).toBe(result.normalize('NFC'));
  });
});

describe('convertLegacyText with VNI', () => {
  it.each([
    ['Thoâng tin ñoái ngoaïi', 'Thông tin đối ngoại'],
    ['Sôû Ngoaïi vuï', 'Sở Ngoại vụ'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Ngöôøi nhaän: Ñoàng Thaùp', 'Người nhận: Đồng Tháp'],
    ['Ñaék Laék, naêm nay, khuya, thuôû', 'Đắk Lắk, năm nay, khuya, thuở'],
    ['röôïu, tieáng Vieät, mæ, nghóa, ò, î', 'rượu, tiếng Việt, mỉ, nghĩa, ị, ỵ'],
  ])('converts %s to Unicode', (legacy, unicode) => {
    expect(convertLegacyText(legacy, 'vni')).toBe(unicode);
  });

  it('converts upper-case text written with the upper-case marks', () => {
    expect(convertLegacyText('COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni')).toBe(
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
  });

  it('converts upper-case đ, ơ and ư', () => {
    expect(convertLegacyText('ÑÔØI ÖÔÙC', 'vni')).toBe('ĐỜI ƯỚC');
  });

  it('leaves a mark that follows no vowel as it is', () => {
    expect(convertLegacyText('x© 5ø', 'vni')).toBe('x© 5ø');
  });
});

describe('detectLegacyEncoding', () => {
  it.each([
    'Th«ng tin ®èi ngo¹i',
    'Së Ngo¹i vô',
    'Uû ban nh©n d©n tØnh',
    'Hä vµ tªn',
    'Sè 12/Q§-UBND ngµy 05/3/2024 cña Uû ban nh©n d©n tØnh',
  ])('recognises TCVN3 text %s', (text) => {
    expect(detectLegacyEncoding(text)).toBe('tcvn3');
  });

  it.each([
    'Thoâng tin ñoái ngoaïi',
    'Sôû Ngoaïi vuï',
    'UÛy ban nhaân daân tænh',
    'COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM',
    'Hoï vaø teân',
    'Ñôn vò',
  ])('recognises VNI text %s', (text) => {
    expect(detectLegacyEncoding(text)).toBe('vni');
  });

  it('recognises upper-case TCVN3 words written with the upper-case base letters', () => {
    expect(detectLegacyEncoding('§¹i häc §µ N½ng')).toBe('tcvn3');
  });

  it.each(['Thông tin đối ngoại', 'Sở Ngoại vụ', 'Uỷ ban nhân dân tỉnh', PARAGRAPH])(
    'does not flag Unicode Vietnamese in NFC: %s',
    (text) => {
      expect(detectLegacyEncoding(text.normalize('NFC'))).toBeNull();
    },
  );

  it.each(['Thông tin đối ngoại', 'Chú thích', 'Tôi tên Tâm', PARAGRAPH])(
    'does not flag Unicode Vietnamese in NFD: %s',
    (text) => {
      expect(detectLegacyEncoding(text.normalize('NFD'))).toBeNull();
    },
  );

  it.each(['Chú thích', 'Tôi tên Tâm', 'THÔNG TIN', 'Võ Thành Tâm', 'Số', 'Tên'])(
    'does not flag Unicode Vietnamese made only of Latin-1 letters: %s',
    (text) => {
      expect(detectLegacyEncoding(text)).toBeNull();
    },
  );

  it.each([
    '',
    'Hello world',
    'Annual report 2024',
    '12,345.67',
    '0262 3852 123',
    'so.ngoaivu@daklak.gov.vn',
    'Nguyen Van A',
  ])('does not flag ASCII text, numbers or e-mail addresses: %s', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each([
    'café',
    'Café crème à Paris',
    "L'été à Noël",
    'Brand®',
    '©2026',
    '© 2026 Công ty',
    'Brand® ©2026',
    'Müller Straße',
    'señor niño año',
    'Niño Ñandú',
    'São Paulo',
    'José Hôtel Québec',
    '25°C ± 2',
  ])('does not flag European words or symbols: %s', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('needs more than one legacy character', () => {
    expect(detectLegacyEncoding('Th«ng')).toBeNull();
  });
});

describe('round trip through test-local encoders', () => {
  it('restores every lower-case letter from TCVN3', () => {
    const letters = UNICODE_ROWS.join('') + 'đ';
    expect(convertLegacyText(encode(letters, TCVN3_ENCODER), 'tcvn3')).toBe(letters);
  });

  it('restores every letter in both cases from VNI', () => {
    const letters = UNICODE_ROWS.join('') + 'đ';
    const both = letters + letters.toUpperCase();
    expect(convertLegacyText(encode(both, VNI_ENCODER), 'vni')).toBe(both);
  });

  it('detects and restores a TCVN3 paragraph', () => {
    const legacy = encode(PARAGRAPH, TCVN3_ENCODER);
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    expect(convertLegacyText(legacy, 'tcvn3')).toBe(PARAGRAPH);
  });

  it('detects and restores a VNI paragraph', () => {
    const legacy = encode(PARAGRAPH, VNI_ENCODER);
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    expect(convertLegacyText(legacy, 'vni')).toBe(PARAGRAPH);
  });
});
