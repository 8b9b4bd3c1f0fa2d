/**
 * A PNG of an SVG document, drawn by the browser itself onto a canvas (no library, no request
 * outside the page: the SVG is handed over as a blob URL).
 */

/** Pixels per CSS pixel of the PNG: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.onload = () => resolve(image);
		image.onerror = () => reject(new Error('the browser could not draw the SVG'));
		image.src = url;
	});
}

export async function svgToPng(markup: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = await loadImage(url);
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas in this browser');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
