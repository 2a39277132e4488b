import { MapView } from './map/MapView';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Kyrgyzstan–Tajikistan border</h1>
        <p className="app-caveat">Border as mapped before the 13 March 2025 treaty</p>
      </header>
      <main className="app-main">
        <MapView />
      </main>
    </div>
  );
}
