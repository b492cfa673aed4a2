/** The roles × competencies matrix: which competencies each role draws on, grouped by kind. Pure. */

export interface MatrixRole { id: string; name: string; competencies: string[] }
export interface MatrixCompetency { id: string; name: string; kind: string }

export interface RoleMatrix {
  roles: MatrixRole[];
  groups: Array<{ kind: string; rows: Array<{ id: string; name: string; cells: boolean[] }> }>;
}

/** Rows are competencies (in the given order, grouped by `kinds`), columns are roles. */
export function roleMatrix(roles: MatrixRole[], competencies: MatrixCompetency[], kinds: readonly string[]): RoleMatrix {
  const known = new Set(competencies.map((c) => c.id));
  for (const r of roles) for (const c of r.competencies) if (!known.has(c)) throw new Error(`rola „${r.id}”: competencies: nieznana kompetencja „${c}”`);
  return {
    roles,
    groups: kinds
      .map((kind) => ({
        kind,
        rows: competencies.filter((c) => c.kind === kind).map((c) => ({ id: c.id, name: c.name, cells: roles.map((r) => r.competencies.includes(c.id)) })),
      }))
      .filter((g) => g.rows.length > 0),
  };
}
