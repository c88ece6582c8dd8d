import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { LazyRegion } from './lazy-region';
import { useLazyModule } from './use-lazy-module';

const failingLoad = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
const workingLoad = () => Promise.resolve({ answer: 42 });

function Probe({ load }: { load: () => Promise<{ answer: number }> }) {
  const loaded = useLazyModule(load);
  return (
    <p data-testid="probe">
      {loaded.status === 'ready' ? `ready ${loaded.module.answer}` : loaded.status}
    </p>
  );
}

describe('regions loaded after the first paint', () => {
  test('a region shows its placeholder, then its content', async () => {
    const Content = lazy(() => Promise.resolve({ default: () => <p>loaded content</p> }));
    render(
      <MantineProvider>
        <LazyRegion fallback={<p>placeholder</p>} failed="could not load">
          <Content />
        </LazyRegion>
      </MantineProvider>,
    );
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    expect(await screen.findByText('loaded content')).toBeInTheDocument();
    expect(screen.queryByText('placeholder')).toBeNull();
  });

  test('a region whose code cannot be loaded says so, and the page around it stays', async () => {
    // React reports the error the boundary caught; that report is expected here.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazy(() => failingLoad().then(() => ({ default: () => <p>never</p> })));
    render(
      <MantineProvider>
        <p>the form</p>
        <LazyRegion fallback={<p>placeholder</p>} failed="could not load">
          <Broken />
        </LazyRegion>
      </MantineProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('could not load');
    expect(screen.getByText('the form')).toBeInTheDocument();
    expect(reported).toHaveBeenCalled();
  });

  test.each([
    ['a module that loads is ready', workingLoad, 'ready 42'],
    ['a module that cannot be loaded is failed', failingLoad, 'failed'],
  ])('%s', async (_label, load, expected) => {
    render(<Probe load={load} />);
    expect(screen.getByTestId('probe')).toHaveTextContent('loading');
    expect(await screen.findByText(expected)).toBeInTheDocument();
  });
});
