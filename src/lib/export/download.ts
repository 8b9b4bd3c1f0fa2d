/** Save data as a file through the browser's download (an object URL on an `<a download>`). */

/** How long the object URL lives: revoking it at once can cancel a download that has not started. */
const URL_LIFETIME_MS = 60_000;

export const MIME = {
	csv: 'text/csv;charset=utf-8',
	svg: 'image/svg+xml;charset=utf-8',
	json: 'application/json;charset=utf-8'
} as const;

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

export function downloadText(text: string, fileName: string, type: string): void {
	downloadBlob(new Blob([text], { type }), fileName);
}
