// Uses the types openapi-typescript generates, so that tsc checks they describe the API.
import type { components, operations, paths } from "./dingtalk.js";

type Schemas = components["schemas"];

export const space: Schemas["StorageSpace"] = {
  id: "854xxxxx",
  ownerType: "APP",
  partitions: [{ partitionType: "PUBLIC_OSS_PARTITION", quota: { used: 0, type: "SHARE" } }],
};

export const folder: Schemas["AddFolderRequest"] = {
  name: "Reports",
  option: { conflictStrategy: "AUTO_RENAME", appProperties: [{ name: "n", value: "v", visibility: "PUBLIC" }] },
};

export type ListSpacesQuery = paths["/v1.0/drive/spaces"]["get"]["parameters"]["query"];
export const query: ListSpacesQuery = { unionId: "u", spaceType: "org", maxResults: 50 };

export type AddFolderPath = operations["storage_AddFolder"]["parameters"]["path"];
export const where: AddFolderPath = { spaceId: "s", parentId: "0" };

export type ErrorBody = Schemas["ErrorBody"];
export function describe(error: ErrorBody): string {
  return `${error.code}: ${error.message} (${error.requestid ?? "no request id"})`;
}
