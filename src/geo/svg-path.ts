/**
 * Projected geometry as compact SVG path data: whole pixels, relative moves,
 * points that round onto the previous pixel or lie on the straight line
 * between their neighbours dropped, and rings that shrink below a triangle
 * left out. Nothing else is simplified, so two countries that share a border
 * draw it through the same pixels. The same input always gives the same string.
 */
import { geoStream, type GeoPermissibleObjects, type GeoStream, type GeoStreamWrapper } from 'd3-geo';

/** SVG path data of an object through a projection (with its clipping); '' when nothing of it is visible. */
export function svgPath(object: GeoPermissibleObjects, projection: GeoStreamWrapper): string {
  return pathData((sink) => geoStream(object, projection.stream(sink)));
}

/** SVG path data of what `draw` streams, already projected, into the stream it is given. */
export function pathData(draw: (sink: GeoStream) => void): string {
  const sink = new PathSink();
  draw(sink);
  return sink.parts.join('');
}

/** A d3-geo stream that writes what reaches it (projected and clipped) as path data. */
class PathSink {
  parts: string[] = [];
  private points: number[] = [];
  private inPolygon = false;

  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
  }
  lineStart(): void {
    this.points = [];
  }
  point(x: number, y: number): void {
    const p = this.points;
    const X = Math.round(x);
    const Y = Math.round(y);
    const n = p.length;
    if (n && p[n - 2] === X && p[n - 1] === Y) return;
    // Drop the last point while it lies between its predecessor and this one on a straight line.
    while (p.length >= 4) {
      const [ax, ay, bx, by] = p.slice(-4) as [number, number, number, number];
      const cross = (bx - ax) * (Y - by) - (by - ay) * (X - bx);
      const dot = (ax - bx) * (X - bx) + (ay - by) * (Y - by);
      if (cross !== 0 || dot >= 0) break;
      p.length -= 2;
    }
    p.push(X, Y);
  }
  lineEnd(): void {
    const ring = this.inPolygon;
    let p = this.points;
    // A ring's last point may round onto its first.
    if (ring && p.length > 2 && p[0] === p.at(-2) && p[1] === p.at(-1)) p = p.slice(0, -2);
    if (p.length < (ring ? 6 : 4)) return;
    let moves = '';
    for (let i = 2; i < p.length; i += 2) moves += pair(p[i]! - p[i - 2]!, p[i + 1]! - p[i - 1]!);
    // The command letter separates the first number as well as a space would.
    this.parts.push(`M${p[0]} ${p[1]}l${moves.trimStart()}${ring ? 'z' : ''}`);
  }
}

/** "dx dy", letting a minus sign stand for the separator, as SVG allows. */
function pair(dx: number, dy: number): string {
  return `${dx < 0 ? dx : ` ${dx}`}${dy < 0 ? dy : ` ${dy}`}`;
}
