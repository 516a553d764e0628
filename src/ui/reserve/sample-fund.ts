import claims2022 from "../../../data/sample/claims-2022.csv?url";
import claims2023 from "../../../data/sample/claims-2023.csv?url";
import claims2024 from "../../../data/sample/claims-2024.csv?url";
import members2022 from "../../../data/sample/members-2022.csv?url";
import members2023 from "../../../data/sample/members-2023.csv?url";
import members2024 from "../../../data/sample/members-2024.csv?url";
import type { TextFile } from "../shell/app-state.ts";

const fetchText = async (name: string, url: string): Promise<TextFile> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: ${response.status} ${response.statusText}`);
  return { name, text: await response.text() };
};

/**
 * The bundled synthetic sample fund (`data/sample`, made by `huzhu synth`): members' and claims' files of
 * 2022–2024. The files are assets fetched on demand (about 11 MB), never part of the page's script.
 */
export async function loadSampleFund(): Promise<{ members: TextFile[]; claims: TextFile[] }> {
  const [members, claims] = await Promise.all([
    Promise.all([
      fetchText("members-2022.csv", members2022),
      fetchText("members-2023.csv", members2023),
      fetchText("members-2024.csv", members2024),
    ]),
    Promise.all([
      fetchText("claims-2022.csv", claims2022),
      fetchText("claims-2023.csv", claims2023),
      fetchText("claims-2024.csv", claims2024),
    ]),
  ]);
  return { members, claims };
}
