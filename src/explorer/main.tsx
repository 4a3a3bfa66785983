import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { storeApiBase } from "./data/store-api";
import { ErrorBoundary } from "./ErrorBoundary";
import { StoreApp } from "./StoreApp";
import "./styles.css";

const root = document.getElementById("root");
// Server mode (`npm run serve`, or `?api=BASE`): the graph comes from the claim store's API.
const api = storeApiBase();
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>{api ? <StoreApp base={api} /> : <App />}</ErrorBoundary>
  </StrictMode>,
);
