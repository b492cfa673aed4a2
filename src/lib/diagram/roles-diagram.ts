/**
 * Geometry of the roles diagram: the person, family and community served in the middle,
 * the roles on an ellipse around them, each joined to the middle by a spoke. Pure: data in, coordinates out.
 */
import { round, wrapText } from './wrap';

export interface DiagramRole {
  id: string;
  name: string;
}

export interface DiagramNode extends DiagramRole {
  /** Centre of the role's box. */
  x: number;
  y: number;
  /** Top-left corner and size of the box. */
  box: { x: number; y: number; width: number; height: number };
  /** The name broken into lines, with the baseline of each. */
  lines: Array<{ text: string; y: number }>;
  /** The spoke from the edge of the centre to the edge of the box. */
  spoke: { x1: number; y1: number; x2: number; y2: number };
}

export interface RolesDiagram {
  width: number;
  height: number;
  centre: { x: number; y: number; rx: number; ry: number; lines: Array<{ text: string; y: number }> };
  nodes: DiagramNode[];
}

export const DIAGRAM = { width: 640, height: 480, boxWidth: 160, boxHeight: 76, lineHeight: 21, fontSize: 19, wrapAt: 13, centreRx: 104, centreRy: 64 };

const lineBaselines = (lines: string[], cy: number, lineHeight: number) =>
  lines.map((text, i) => ({ text, y: round(cy + (i - (lines.length - 1) / 2) * lineHeight + lineHeight * 0.3) }));

/** Lays out the roles clockwise from the top, in the order given. */
export function rolesDiagram(roles: DiagramRole[], centreLabel: string, o = DIAGRAM): RolesDiagram {
  if (roles.length === 0) throw new Error('diagram ról: brak ról do narysowania');
  const cx = o.width / 2;
  const cy = o.height / 2;
  // The ellipse the box centres sit on keeps every box inside the picture.
  const rx = cx - o.boxWidth / 2 - 6;
  const ry = cy - o.boxHeight / 2 - 6;
  const nodes = roles.map((role, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / roles.length;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const x = cx + rx * cos;
    const y = cy + ry * sin;
    // Where the spoke leaves the centre ellipse and meets the box (a box is entered through its nearer side).
    const boxT = Math.min(Math.abs(cos) > 1e-9 ? o.boxWidth / 2 / Math.abs(rx * cos) : Infinity, Math.abs(sin) > 1e-9 ? o.boxHeight / 2 / Math.abs(ry * sin) : Infinity);
    const startT = 1 / Math.hypot((rx * cos) / o.centreRx, (ry * sin) / o.centreRy);
    return {
      ...role,
      x: round(x),
      y: round(y),
      box: { x: round(x - o.boxWidth / 2), y: round(y - o.boxHeight / 2), width: o.boxWidth, height: o.boxHeight },
      lines: lineBaselines(wrapText(role.name, o.wrapAt), y, o.lineHeight),
      spoke: { x1: round(cx + rx * cos * startT), y1: round(cy + ry * sin * startT), x2: round(x - rx * cos * boxT), y2: round(y - ry * sin * boxT) },
    };
  });
  return {
    width: o.width,
    height: o.height,
    centre: { x: cx, y: cy, rx: o.centreRx, ry: o.centreRy, lines: lineBaselines(wrapText(centreLabel, 15), cy, o.lineHeight) },
    nodes,
  };
}
