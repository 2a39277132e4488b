/** Callers take one of these so unit tests, which run without a DOM canvas, can pass a stand-in. */
export type CreateCanvas = (width: number, height: number) => HTMLCanvasElement;

export const createCanvas: CreateCanvas = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};
