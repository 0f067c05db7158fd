import { Pagination } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

export type Paging = {
  page: number;
  perPage: number;
  /** The API's {@code first}: how many items come before this page. */
  first: number;
  setPage: (page: number) => void;
  setPerPage: (perPage: number) => void;
};

/** Page state for the API's first/max paging (default 20 per page, as the API's). */
export function usePaging(): Paging {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  return {
    page,
    perPage,
    first: (page - 1) * perPage,
    setPage,
    setPerPage: (value) => {
      setPerPage(value);
      setPage(1);
    },
  };
}

export function ListPagination({ paging, total }: { paging: Paging; total: number | undefined }) {
  const { t } = useTranslation();
  return (
    <Pagination
      itemCount={total ?? 0}
      page={paging.page}
      perPage={paging.perPage}
      perPageOptions={[10, 20, 50, 100].map((value) => ({ title: String(value), value }))}
      onSetPage={(_, value) => paging.setPage(value)}
      onPerPageSelect={(_, value) => paging.setPerPage(value)}
      titles={{ paginationAriaLabel: t("tinAccessPaging") }}
    />
  );
}
