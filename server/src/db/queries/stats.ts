import type { Db } from '../driver.ts';

export interface GraphStats {
  technologies: number;
  vendors: number;
  categories: number;
  relations: number;
}

export async function graphStats(db: Db): Promise<GraphStats> {
  const [row] = await db.read<GraphStats>(
    `CALL () { MATCH (n:Technology) RETURN count(n) AS technologies }
     CALL () { MATCH (n:Vendor) RETURN count(n) AS vendors }
     CALL () { MATCH (n:Category) RETURN count(n) AS categories }
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
     RETURN technologies, vendors, categories, relations`,
  );
  return row ?? { technologies: 0, vendors: 0, categories: 0, relations: 0 };
}
