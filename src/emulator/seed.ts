/**
 * Demo data for `seedDemo` (and POST /emulator/v1/reset with {"seedDemo":true}). Written straight
 * into the state: seeding raises no callbacks and counts no calls.
 *
 * - demo-standup: running, 8 seats (FreeToTake), owner alice; members alice, bob, carol; alice on
 *   seat 0, bob on seat 1; bob carries mark 1001.
 * - demo-allhands: running, no seats, owner dave; members dave, erin (Admin), frank, grace, heidi.
 * - demo-townhall: scheduled to start in 24 h (NotStarted), 4 seats (ApplyToTake), owner carol,
 *   no members yet; seat 3 is locked.
 *
 * Live rooms (get_room_list shows the public ones by ViewCount: live-music, then live-gaming):
 * - live-music: public AudioSalon, 8 seats, owner mia; members mia, noah (Admin), olivia, pete;
 *   mia on seat 0, noah on seat 1; metadata `theme` and `song`; ViewCount 12; olivia sent a
 *   rocket and pete 5 roses (6 gifts, 105 coins, 2 senders), 42 likes.
 * - live-gaming: public VideoDynamicGrid9Seats (9 seats), owner quinn; members quinn (seat 0)
 *   and ruth; ViewCount 5; Category [3].
 * - live-rehearsal: private (IsPublicVisible false, not listed) VideoLandscape4Seat, owner mia,
 *   no members.
 *
 * Gift catalogue: rose (1 coin), heart (5), rocket (100), crown (500); categories `popular`
 * (rose, heart, rocket) and `premium` (rocket, crown); rose also has "en" and "zh-Hans" names.
 */
import { buildRoom } from './conference/new-room';
import { buildLiveRoom } from './live/new-room';
import type { Gift, GiftCatalogue, LiveRoom } from './live/state';
import { addMember, getMember, type AppState } from './state';

export const DEMO_ROOM_IDS = ['demo-standup', 'demo-allhands', 'demo-townhall'] as const;
export const DEMO_LIVE_ROOM_IDS = ['live-music', 'live-gaming', 'live-rehearsal'] as const;

export function seedDemoData(state: AppState, nowMs: number): void {
  const nowS = Math.floor(nowMs / 1000);

  const standup = buildRoom(
    { roomId: 'demo-standup', roomName: 'Daily stand-up', ownerId: 'alice', isSeatEnabled: true, maxSeatCount: 8,
      customInfo: '{"team":"platform"}' },
    nowS,
  );
  for (const [u, name] of [['alice', 'Alice'], ['bob', 'Bob'], ['carol', 'Carol']]) addMember(standup, u, name);
  standup.seats[0].userId = 'alice';
  standup.seats[1].userId = 'bob';
  getMember(standup, 'bob').marks = [1001];

  const allhands = buildRoom(
    { roomId: 'demo-allhands', roomName: 'All hands', ownerId: 'dave', maxMemberCount: 500 },
    nowS,
  );
  for (const u of ['dave', 'erin', 'frank', 'grace', 'heidi']) addMember(allhands, u, u[0].toUpperCase() + u.slice(1));
  getMember(allhands, 'erin').role = 'Admin';

  const start = nowS + 86400;
  const townhall = buildRoom(
    { roomId: 'demo-townhall', roomName: 'Quarterly town hall', ownerId: 'carol', isSeatEnabled: true, maxSeatCount: 4,
      takeSeatMode: 'ApplyToTake', scheduleStartTime: start, scheduleEndTime: start + 7200,
      invitees: ['alice', 'bob', 'dave'] },
    nowS,
  );
  townhall.seats[3].isTakenDisabled = true;

  for (const room of [standup, allhands, townhall]) state.rooms.set(room.roomId, room);
  for (const room of seedLiveRooms(nowS)) state.rooms.set(room.roomId, room);
  state.catalogue = seedCatalogue(nowS);
}

/** Members enter as through the control API, without callbacks: ViewCount and TotalViewers move. */
function enterAll(room: LiveRoom, users: [string, string][]): void {
  for (const [u, name] of users) {
    addMember(room, u, name);
    room.live.viewCount++;
    room.live.viewers.add(u);
  }
}

function seedLiveRooms(nowS: number): LiveRoom[] {
  const music = buildLiveRoom(
    { roomId: 'live-music', roomName: 'Friday music night', ownerId: 'mia', seatTemplate: 'AudioSalon', maxSeatCount: 8,
      coverUrl: 'https://example.com/covers/live-music.png', category: [1, 2], notice: 'Requests open at 9 pm' },
    nowS,
  );
  enterAll(music, [['mia', 'Mia'], ['noah', 'Noah'], ['olivia', 'Olivia'], ['pete', 'Pete']]);
  music.live.viewCount = 12; // earlier visits too
  music.live.admins.add('noah');
  getMember(music, 'noah').role = 'Admin';
  music.seats[0].userId = 'mia';
  music.seats[1].userId = 'noah';
  music.live.metadata.set('theme', 'jazz');
  music.live.metadata.set('song', '{"title":"So What","artist":"Miles Davis"}');
  music.live.giftSenders.set('olivia', { count: 1, coins: 100 });
  music.live.giftSenders.set('pete', { count: 5, coins: 5 });
  Object.assign(music.live, { giftsSent: 6, giftCoins: 105, giftSequence: 2, likes: 42 });

  const gaming = buildLiveRoom(
    { roomId: 'live-gaming', roomName: 'Speedrun practice', ownerId: 'quinn', seatTemplate: 'VideoDynamicGrid9Seats',
      takeSeatMode: 'ApplyToTake', coverUrl: 'https://example.com/covers/live-gaming.png', category: [3] },
    nowS,
  );
  enterAll(gaming, [['quinn', 'Quinn'], ['ruth', 'Ruth']]);
  gaming.live.viewCount = 5;
  gaming.seats[0].userId = 'quinn';

  const rehearsal = buildLiveRoom(
    { roomId: 'live-rehearsal', roomName: 'Sound check', ownerId: 'mia', seatTemplate: 'VideoLandscape4Seat',
      isPublicVisible: false },
    nowS,
  );
  return [music, gaming, rehearsal];
}

function seedCatalogue(nowS: number): GiftCatalogue {
  const gift = (giftId: string, coins: number, level: number, defaultName: string, defaultDesc: string): Gift => ({
    giftId, coins, level, defaultName, defaultDesc, createTime: nowS, extensionInfo: '',
    iconUrl: `https://example.com/gifts/${giftId}.png`, resourceUrl: `https://example.com/gifts/${giftId}.mp4`,
    languages: new Map(),
  });
  const gifts = [
    gift('rose', 1, 0, 'Rose', 'A red rose'),
    gift('heart', 5, 0, 'Heart', 'With love'),
    gift('rocket', 100, 2, 'Rocket', 'To the moon'),
    gift('crown', 500, 3, 'Crown', 'For royalty'),
  ];
  gifts[0].languages.set('en', { name: 'Rose', desc: 'A red rose' });
  gifts[0].languages.set('zh-Hans', { name: '玫瑰', desc: '一朵红玫瑰' });
  const category = (categoryId: string, defaultName: string, defaultDesc: string, giftIds: string[]) => ({
    categoryId, defaultName, defaultDesc, giftIds, extensionInfo: '', languages: new Map(),
  });
  return {
    gifts: new Map(gifts.map((g) => [g.giftId, g])),
    categories: new Map([
      ['popular', category('popular', 'Popular', 'Everyday favourites', ['rose', 'heart', 'rocket'])],
      ['premium', category('premium', 'Premium', 'Big moments', ['rocket', 'crown'])],
    ]),
  };
}
