/**
 * "Every mutation invalidates exactly what it changed", for Live, measured at the emulator: with a
 * warm cache and a long TTL, a mutation followed by a full view reads from Tencent again exactly
 * the reads of the resources its command's declaration `changes` — once each (the mutation's own
 * answer re-reads some, the view finds them cached) — and nothing else. Live callbacks delivered
 * to the gateway invalidate what the callback table says.
 */
import * as battle from '../../src/commands/battle';
import { commandPath, type WriteCommand } from '../../src/commands/command';
import * as live from '../../src/commands/live';
import * as gifts from '../../src/commands/live-gifts';
import * as mic from '../../src/commands/seats';
import type { Resource } from '../../src/wire/resources';
import { CreateLiveCallbackConfigDocument, LiveRoomMembersDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive } from './helpers';

let t: TestGateway;
const room = `linval-${process.pid}`;
const other = `linval-other-${process.pid}`;
const gift = `ig${process.pid % 10000}`;
const spare = `is${process.pid % 10000}`;
const category = `ic${process.pid % 10000}`;

const VIEW = `query View($id: ID!) {
  liveRoom(id: $id) { id name ownerId notice isMessageDisabled
    members(first: 100) { nodes { userId } } onlineCount
    seats { index userId isLocked }
    metadata { key value }
    stats { totalMessageCount totalViewers }
    mutedMembers { userId }
    bannedMembers(first: 100) { nodes { userId } }
    admins robots
    giftCount(userId: "amy") { totalCount sequence } }
  liveRooms(first: 20) { nodes { id name ownerId } } }`;

const GIFT_VIEW = `query GiftView($gift: ID!, $category: ID!) {
  giftCatalogue { gifts { id name coins languages { language name } } categories { id name gifts { id } } }
  gift(id: $gift) { name localized(language: EN) { name } }
  giftCategory(id: $category) { name localized(language: EN) { name } } }`;

/** The reads that serve each resource. */
const GET: Record<Resource, string[]> = {
  room: [], members: [], banned: [],
  liveRoom: [commandPath(live.getLiveRoomInfo)],
  liveRooms: [commandPath(live.getLiveRoomList)],
  liveMembers: [commandPath(live.getLiveMemberList)],
  seats: [commandPath(mic.getSeatList)],
  metadata: [commandPath(live.getRoomMetadata)],
  stats: [commandPath(live.getRoomStats)],
  muted: [commandPath(live.getMutedMemberList)],
  liveBanned: [commandPath(live.getLiveBannedMemberList)],
  admins: [commandPath(live.getAdminList)],
  robots: [commandPath(live.getRobot)],
  giftCount: [commandPath(gifts.getGiftCount)],
  gifts: [gifts.getGiftInfoList, gifts.getGift, gifts.getGiftLanguage, gifts.getGiftCategory, gifts.getGiftCategoryLanguage].map(commandPath),
};

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '600000' });
  await createLive(t, room, { ownerId: 'host1', seatTemplate: 'AUDIO_SALON', maxSeatCount: 4 });
  await createLive(t, other, { ownerId: 'host2' });
  for (const u of ['amy', 'ben', 'cat', 'dan']) await t.emulator.enter(room, u);
  for (const m of [
    `createGift(input: { id: "${gift}", name: "Rose", coins: 5 }) { id }`,
    `createGift(input: { id: "${spare}", name: "Spare", coins: 1 }) { id }`,
    `createGiftCategory(input: { id: "${category}", name: "Flowers" }) { id }`,
  ]) expect((await t.raw(`mutation { ${m} }`)).errors).toBeUndefined();
}, 30_000);
afterAll(() => t.close());

type Write = Pick<WriteCommand<never, unknown>, 'service' | 'name' | 'changes'>;

/** Each mutation, the command it runs; what it must re-read is what that command's declaration `changes`. */
const roomCases: [name: string, mutation: string, write: Write][] = [
  ['updateLiveRoom', `updateLiveRoom(input: { id: "${room}", notice: "Welcome" }) { id }`, live.updateLiveRoomInfo],
  ['changeLiveRoomOwner', `changeLiveRoomOwner(input: { roomId: "${room}", newOwnerId: "host9" }) { id }`, live.changeLiveRoomOwner],
  ['setLiveRoomMetadata', `setLiveRoomMetadata(input: { roomId: "${room}", entries: [{ key: "song", value: "x" }] }) { id }`, live.setRoomMetadata],
  ['deleteLiveRoomMetadata', `deleteLiveRoomMetadata(input: { roomId: "${room}", keys: ["song"] }) { id }`, live.delRoomMetadata],
  ['sendLiveTextMessage', `sendLiveTextMessage(input: { roomId: "${room}", senderId: "amy", text: "hi" })`, live.sendTextMsg],
  ['sendLiveCustomMessage', `sendLiveCustomMessage(input: { roomId: "${room}", senderId: "amy", businessId: "b", data: "d" })`, live.sendCustomMsg],
  ['muteLiveMembers', `muteLiveMembers(input: { roomId: "${room}", userIds: ["ben"], durationSeconds: 600 }) { id }`, live.muteMember],
  ['unmuteLiveMembers', `unmuteLiveMembers(input: { roomId: "${room}", userIds: ["ben"] }) { id }`, live.muteMember],
  ['pickMemberOnSeat', `pickMemberOnSeat(input: { roomId: "${room}", userId: "cat", index: 1 }) { index }`, mic.pickUserOnSeat],
  ['lockSeat', `lockSeat(input: { roomId: "${room}", index: 3, locked: true }) { index }`, mic.lockSeat],
  ['banLiveMembers', `banLiveMembers(input: { roomId: "${room}", userIds: ["dan"], durationSeconds: 600 }) { id }`, live.banLiveMember],
  ['unbanLiveMembers', `unbanLiveMembers(input: { roomId: "${room}", userIds: ["dan"] }) { id }`, live.unbanLiveMember],
  ['addLiveRoomAdmins', `addLiveRoomAdmins(input: { roomId: "${room}", userIds: ["amy"] }) { id }`, live.modifyAdmin],
  ['removeLiveRoomAdmins', `removeLiveRoomAdmins(input: { roomId: "${room}", userIds: ["amy"] }) { id }`, live.modifyAdmin],
  ['addLiveRoomRobots', `addLiveRoomRobots(input: { roomId: "${room}", robotIds: ["bot1"] }) { id }`, live.addRobot],
  ['removeLiveRoomRobots', `removeLiveRoomRobots(input: { roomId: "${room}", robotIds: ["bot1"] }) { id }`, live.delRobot],
  ['createBattle', `createBattle(input: { fromRoomId: "${room}", toRoomIds: ["${other}"], durationSeconds: 5 }) { id }`, battle.createBattle],
];

const giftCases: [name: string, mutation: string, write: Write][] = [
  ['updateGift', `updateGift(input: { id: "${gift}", name: "Red rose", coins: 6 }) { id }`, gifts.editGift],
  ['setGiftLanguage', `setGiftLanguage(input: { giftId: "${gift}", language: EN, name: "Rose" }) { id }`, gifts.setGiftLanguage],
  ['deleteGiftLanguage', `deleteGiftLanguage(input: { giftId: "${gift}", language: EN }) { id }`, gifts.delGiftLanguage],
  ['updateGiftCategory', `updateGiftCategory(input: { id: "${category}", name: "Blooms" }) { id }`, gifts.editGiftCategory],
  ['setGiftCategoryLanguage', `setGiftCategoryLanguage(input: { categoryId: "${category}", language: EN, name: "Flowers" }) { id }`, gifts.setGiftCategoryLanguage],
  ['deleteGiftCategoryLanguage', `deleteGiftCategoryLanguage(input: { categoryId: "${category}", language: EN }) { id }`, gifts.delGiftCategoryLanguage],
  ['addGiftsToCategory', `addGiftsToCategory(input: { categoryId: "${category}", giftIds: ["${gift}"] }) { id }`, gifts.addGiftCategoryRelations],
  ['removeGiftsFromCategory', `removeGiftsFromCategory(input: { categoryId: "${category}", giftIds: ["${gift}"] }) { id }`, gifts.delGiftCategoryRelations],
  ['deleteGift', `deleteGift(id: "${spare}")`, gifts.delGift],
];

async function measure(view: string, vars: Record<string, unknown>, mutation: string, write: Write) {
  const before = await t.raw(view, vars);
  expect(before.errors).toBeUndefined();
  await t.emulator.resetCalls();
  const m = await t.raw(`mutation { ${mutation} }`);
  expect(m.errors).toBeUndefined();
  const after = await t.raw(view, vars);
  expect(after.errors).toBeUndefined();
  const expected: Record<string, number> = { [commandPath(write)]: 1 };
  for (const r of write.changes) for (const read of GET[r]) expected[read] = 1;
  expect(await t.emulator.calls()).toEqual(expected);
  // And the view shows the change (it is not served stale from the cache).
  if (write.changes.length > 0) expect(after.data).not.toEqual(before.data);
}

describe('Live mutation invalidation', () => {
  it.each(roomCases)('%s re-reads exactly what its command changes', async (_name, mutation, write) => {
    await measure(VIEW, { id: room }, mutation, write);
  });

  it.each(giftCases)('%s re-reads exactly what its command changes', async (_name, mutation, write) => {
    await measure(GIFT_VIEW, { gift, category }, mutation, write);
  });

  it('destroyLiveRoom drops the room and the room list, and the room then reads as null', async () => {
    const id = `linval-gone-${process.pid}`;
    await createLive(t, id);
    const q = `query($id: ID!) { liveRoom(id: $id) { id stats { totalViewers } } liveRooms(first: 20) { nodes { id } } }`;
    const before = await t.raw(q, { id });
    expect(before.data.liveRooms.nodes.map((n: { id: string }) => n.id)).toContain(id);
    await t.emulator.resetCalls();
    expect((await t.raw(`mutation { destroyLiveRoom(id: "${id}") }`)).errors).toBeUndefined();
    const after = await t.raw(q, { id });
    expect(after.data.liveRoom).toBeNull();
    expect(after.data.liveRooms.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    expect(await t.emulator.calls()).toEqual({
      [commandPath(live.destroyLiveRoom)]: 1, [commandPath(live.getLiveRoomInfo)]: 1, [commandPath(live.getLiveRoomList)]: 1,
    });
  });
});

describe('Live callbacks', () => {
  /** Waits until the emulator has delivered `count` callbacks of `command` (delivery is asynchronous). */
  async function delivered(command: string, count: number): Promise<void> {
    for (let i = 0; i < 250; i++) {
      const res = await fetch(`${t.emulator.url}/emulator/v1/callbacks`);
      const all = ((await res.json()) as any).Deliveries.filter((d: any) => d.command === command && 'status' in d);
      if (all.length >= count) {
        expect(all[all.length - 1].status).toBe(200);
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`${command} was not delivered ${count} time(s)`);
  }

  it('shows a viewer who entered through a client at once, despite a warm cache', async () => {
    const origin = new URL(t.url).origin;
    const c = await t.exec(CreateLiveCallbackConfigDocument, { input: { url: `${origin}/callbacks/tencent`, events: ['MEMBER_STATE_CHANGED'] } });
    expect(c.errors).toBeUndefined();
    const id = `linval-cb-${process.pid}`;
    await createLive(t, id);
    const before = await t.exec(LiveRoomMembersDocument, { id });
    expect(before.data!.liveRoom!.onlineCount).toBe(0);
    await t.emulator.enter(id, 'zoe');
    await delivered('Live.CallbackAfterMemberStateChanged', 1);
    const after = await t.exec(LiveRoomMembersDocument, { id });
    expect(after.data!.liveRoom!.members!.edges.map((e) => e.node.userId)).toEqual(['zoe']);
    expect(after.data!.liveRoom!.onlineCount).toBe(1);
  });
});
