// The PDF Standard security handler, revision 3 (RC4, 128-bit key), as PDF 1.7 §7.6.3
// defines it: the /O and /U entries for a user and owner password, and each stream
// encrypted with its object's key. Enough for pdf.js to ask for the password (and open the
// file when given it), so the reader's pdf-encrypted path is tested with a real encrypted PDF.
import { createHash } from 'node:crypto';
import { latin1 } from './pdf-writer.ts';

/** The 32-byte padding string passwords are completed with (Algorithm 2, step a). */
const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const KEY_BYTES = 16;
/** Every permission granted; the password alone stops the reader. */
const PERMISSIONS = -4;

export interface Encryption {
  /** The /Encrypt dictionary. */
  dictionary: string;
  /** The trailer's /ID, which the key depends on. */
  id: Uint8Array;
  encodeStream(data: Uint8Array, objectNumber: number): Uint8Array;
}

export function standardEncryption(userPassword: string, ownerPassword = `${userPassword}-owner`): Encryption {
  const id = md5(latin1(`test-pdf:${userPassword}`));
  const owner = ownerEntry(pad(ownerPassword), pad(userPassword));
  const key = fileKey(pad(userPassword), owner, id);
  const user = new Uint8Array(32);
  user.set(rc4Rounds(key, md5(PADDING, id)));
  return {
    dictionary: `<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${hex(owner)}> /U <${hex(user)}> /P ${PERMISSIONS} >>`,
    id,
    encodeStream: (data, objectNumber) => rc4(objectKey(key, objectNumber), data),
  };
}

export const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase();

function pad(password: string): Uint8Array {
  const out = new Uint8Array(32);
  const bytes = latin1(password).subarray(0, 32);
  out.set(bytes);
  out.set(PADDING.subarray(0, 32 - bytes.length), bytes.length);
  return out;
}

function md5(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

/** Algorithm 3: the owner password's key encrypts the padded user password, 20 times. */
function ownerEntry(owner: Uint8Array, user: Uint8Array): Uint8Array {
  let hash = md5(owner);
  for (let i = 0; i < 50; i++) hash = md5(hash);
  return rc4Rounds(hash.subarray(0, KEY_BYTES), user);
}

/** Algorithm 2: the file key from the user password, /O, /P and the first /ID. */
function fileKey(user: Uint8Array, owner: Uint8Array, id: Uint8Array): Uint8Array {
  const permissions = new Uint8Array(new Int32Array([PERMISSIONS]).buffer);
  let hash = md5(user, owner, permissions, id);
  for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, KEY_BYTES));
  return hash.subarray(0, KEY_BYTES);
}

/** RC4 with the key, then 19 more times with the key's bytes XOR-ed with 1…19 (revision 3). */
function rc4Rounds(key: Uint8Array, data: Uint8Array): Uint8Array {
  let out = rc4(key, data);
  for (let i = 1; i <= 19; i++) out = rc4(key.map((b) => b ^ i), out);
  return out;
}

/** Algorithm 1: an object's key from the file key and the object number (generation 0). */
function objectKey(key: Uint8Array, objectNumber: number): Uint8Array {
  const suffix = Uint8Array.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
  return md5(key, suffix).subarray(0, Math.min(key.length + 5, 16));
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}
