import { routes as keycloakRoutes } from "@keycloak/keycloak-account-ui";
import type { RouteObject } from "react-router-dom";
import { consolePath } from "./environment";
import { PortalRoot } from "./PortalRoot";
import { RouteError } from "./shared/RouteError";
import { AccessReviewPage } from "./accessreview/AccessReviewPage";
import { ClientGrantsPage } from "./billing/ClientGrantsPage";
import { ClientsPage } from "./billing/ClientsPage";
import { WebSupportGrantsPage } from "./billing/WebSupportGrantsPage";
import { AccessRequestsPage } from "./requests/AccessRequestsPage";
import { MyRequestsPage } from "./myrequests/MyRequestsPage";
import { AdminRequestPage } from "./review/AdminRequestPage";
import { NotListedPage } from "./review/NotListedPage";
import { ReviewQueuePage } from "./review/ReviewQueuePage";
import { SecurityPage } from "./security/SecurityPage";
import { HelpDeskPage } from "./helpdesk/HelpDeskPage";
import { MyTinsPage } from "./tins/MyTinsPage";
import { UsersPage } from "./users/UsersPage";

/** Keycloak's account pages, unchanged, plus ours under tin-access/. */
export const routes: RouteObject[] = [
  {
    path: consolePath,
    element: <PortalRoot />,
    errorElement: <RouteError />,
    children: [
      ...keycloakRoutes,
      { path: "tin-access/tins", element: <MyTinsPage /> },
      { path: "tin-access/my-requests", element: <MyRequestsPage /> },
      { path: "tin-access/users", element: <UsersPage /> },
      { path: "tin-access/access-requests", element: <AccessRequestsPage /> },
      { path: "tin-access/access-review", element: <AccessReviewPage /> },
      { path: "tin-access/clients", element: <ClientsPage /> },
      { path: "tin-access/client-grants", element: <ClientGrantsPage /> },
      { path: "tin-access/web-support/client-grants", element: <WebSupportGrantsPage /> },
      { path: "tin-access/review", element: <ReviewQueuePage /> },
      { path: "tin-access/review/:id", element: <AdminRequestPage /> },
      { path: "tin-access/not-listed", element: <NotListedPage /> },
      { path: "tin-access/help-desk", element: <HelpDeskPage /> },
      { path: "tin-access/security", element: <SecurityPage /> },
    ],
  },
];
