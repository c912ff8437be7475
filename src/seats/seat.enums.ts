import { registerEnumType } from 'type-graphql';

export enum SeatMovePolicy {
  CANCEL = 'CANCEL',
  FORCE = 'FORCE',
  SWAP = 'SWAP',
}

registerEnumType(SeatMovePolicy, {
  name: 'SeatMovePolicy',
  description: 'What moveMemberToSeat does when the target seat is taken.',
  valuesConfig: {
    CANCEL: { description: 'Fail the move.' },
    FORCE: { description: 'Kick the occupant off and move.' },
    SWAP: { description: 'Swap the two members.' },
  },
});
