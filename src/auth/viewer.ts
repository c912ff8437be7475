/** Who is calling the gateway, established once per request from the bearer UserSig. */
export interface Viewer {
  userId: string;
  /** Listed in ROOMGRAPH_ADMINS (or the Tencent admin): may run mutations. */
  isAdmin: boolean;
}
