import type { ServerResponse } from 'node:http';
import type { ChangeTopic } from '../../shared/changes';
import { ChangeFeed } from '../services/changes';
import type { Context } from '../services/context';

/**
 * The host's side of "the UI hears about changes": a server-sent event stream per open page, fed
 * by the journal after each call and every few seconds.
 */
export class HostChanges {
  readonly feed: ChangeFeed;
  private readonly streams = new Set<ServerResponse>();
  private readonly stop: () => void;

  constructor(ctx: Pick<Context, 'db'>) {
    this.feed = new ChangeFeed(ctx);
    this.feed.subscribe((topics) => {
      this.send(topics);
    });
    this.stop = this.feed.start();
  }

  /** Keeps `response` open as an event stream until the page goes. */
  open(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // A comment line: the browser sees the stream open at once.
    response.write(': ouvert\n\n');
    this.streams.add(response);
    response.on('close', () => {
      this.streams.delete(response);
    });
  }

  private send(topics: ChangeTopic[]): void {
    const event = `data: ${JSON.stringify({ topics })}\n\n`;
    for (const stream of this.streams) stream.write(event);
  }

  close(): void {
    this.stop();
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }
}
