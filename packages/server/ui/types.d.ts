// Type-checking only (tsconfig.ui.json): the JSON the page reads is typed once, in the server's source. Not served
// and not published.
export type {
  CallView,
  DashboardView,
  FaultView,
  ImageView,
  RegistryView,
  RepositoryView,
} from '../src/ui/dashboard-types.js';
