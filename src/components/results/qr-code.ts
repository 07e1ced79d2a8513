import QRCode from 'qrcode';

/**
 * Draws `text` as a QR code. Loaded only when someone asks for the code. Always dark on
 * white with a quiet zone, whatever the theme: phone cameras read that best.
 */
export async function drawQrCode(canvas: HTMLCanvasElement, text: string): Promise<void> {
  await QRCode.toCanvas(canvas, text, { errorCorrectionLevel: 'M', margin: 4, width: 232, color: { dark: '#000000', light: '#ffffff' } });
}
