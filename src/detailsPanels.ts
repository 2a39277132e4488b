import type { ComponentType } from 'react';
import { CheckpointDetails } from './details/CheckpointDetails';
import { EventDetails } from './details/EventDetails';
import type { MessageKey } from './i18n/messages.en';
import { StoryPanel } from './stories/StoryPanel';

/**
 * The details panels, one open at a time: in the full app first in the side pane (a bottom sheet on a
 * phone), in an embed below the slider. Each is named for its error message and fails alone.
 */
export const DETAILS_PANELS: ReadonlyArray<[MessageKey, ComponentType]> = [
  // The open story first: on a phone its text is the sheet's head, the step's event below it.
  ['story.region', StoryPanel],
  ['details.region', EventDetails],
  ['checkpoint.region', CheckpointDetails],
];
