// Export: an item document as a JSON file download.
export function downloadJson(filename: string, value: unknown) {
	const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
