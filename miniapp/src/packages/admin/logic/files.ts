// Browser-only helpers of the console (H5): saving a downloaded file, and shrinking a photo so it
// fits the server's 60 KB limit for wall photos.

/** Hands a file to the browser as a download (an <a download> on an object URL). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const PHOTO_MAX_BYTES = 60 * 1024;
const PHOTO_MAX_SIDE = 480;

/** Base64 length → decoded bytes. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length * 3) / 4 - padding;
}

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image'));
    };
    image.src = url;
  });
}

/**
 * A portrait as JPEG base64 of at most 60 KB: scaled to 480 px on its longer side, then saved at
 * lower quality (and smaller) until it fits. Rejects when the file is not a readable image.
 */
export async function photoForUpload(file: Blob): Promise<{ contentType: 'image/jpeg'; dataBase64: string }> {
  const image = await loadImage(file);
  let side = PHOTO_MAX_SIDE;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const scale = Math.min(1, side / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) {
      throw new Error('no canvas');
    }
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const quality = Math.max(0.4, 0.85 - attempt * 0.1);
    const dataBase64 = canvas.toDataURL('image/jpeg', quality).split(',')[1] ?? '';
    if (base64Bytes(dataBase64) <= PHOTO_MAX_BYTES) {
      return { contentType: 'image/jpeg', dataBase64 };
    }
    side = Math.round(side * 0.8);
  }
  throw new Error('too large');
}
