import { WorkspaceCheck } from '../features/workspace-check/workspace-check';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Tenure</h1>
        <p className="tagline">Standing committee terms, seats and elections, checked against IFLA's rules.</p>
      </header>
      <main>
        <WorkspaceCheck />
      </main>
    </div>
  );
}
