// Offer bytes that Python made (a document) as a download, under a given file name.
// The MIME type follows the format (odt, docx); the file name gets its extension if it lacks it.
export const MIME = Object.freeze({
  odt: "application/vnd.oasis.opendocument.text",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
});

export function download(bytes, bestandsnaam, formaat) {
  const naam = bestandsnaam.toLowerCase().endsWith("." + formaat) ? bestandsnaam : `${bestandsnaam}.${formaat}`;
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[formaat] || "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = naam;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return naam;
}
