// Upload one file with tus-js-client (node mode, a file stream) and print the upload URL.
// Usage: TWIN_TOKEN=... node tus_upload.mjs ENDPOINT FILE [CHUNK_BYTES]; exits 1 with the error
// on failure. The token (a surveyor's) is sent as Authorization: Bearer.
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import * as tus from "tus-js-client";

const [endpoint, file, chunk] = process.argv.slice(2);
const size = statSync(file).size;
const upload = new tus.Upload(createReadStream(file), {
  endpoint,
  uploadSize: size,
  // A stream needs a finite chunk size: tus-js-client buffers one chunk to be able to resend it.
  chunkSize: Number(chunk || 65536),
  metadata: { filename: basename(file) },
  headers: { Authorization: `Bearer ${process.env.TWIN_TOKEN}` },
  retryDelays: [],
  onError(error) {
    console.error(String(error));
    process.exit(1);
  },
  onSuccess() {
    console.log(upload.url);
  },
});
upload.start();
