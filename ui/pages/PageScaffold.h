// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "net/ApiError.h"
#include "net/HttpLog.h"
#include "oneapi/Product.h"
#include "widgets/DetailPane.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLayout;
class QSplitter;
class QWidget;

namespace zc {

class BusyBar;
class ErrorBanner;
class Page;
class RecordTableView;

// What every page stands on: following the session, loading when the page is first shown,
// and telling a failed call in a banner the same way everywhere; for most pages an error banner
// and a busy bar too (the waits of the page's product shown in it). Record pages (a table of
// records beside a detail pane, in a splitter whose sizes are kept per area) ask for those too.
// The page keeps what is its own: its controls, layout, controllers and texts.
class PageScaffold
{
public:
    enum class Body
    {
        Own,         // the page lays out its own widgets around banner() and busyBar()
        RecordTable, // the table beside the detail pane, laid out by layOut()
        OwnStatus,   // no banner or busy bar: the page's parts have their own (Activation)
    };
    // Creates the banner and the busy bar (then, for a record page, the splitter, the table
    // and the detail pane), children of the page in that order. A page of several products
    // names none.
    PageScaffold(Page *page, std::optional<Product> product, Body body = Body::RecordTable);
    PageScaffold(const PageScaffold &) = delete;
    PageScaffold &operator=(const PageScaffold &) = delete;

    std::optional<Product> product() const { return m_product; }
    ErrorBanner *banner() const { return m_banner; }
    BusyBar *busyBar() const { return m_busy; }
    // A record page's parts (nullptr for the other bodies); banner and busy bar are nullptr
    // for Body::OwnStatus.
    QSplitter *splitter() const { return m_splitter; }
    RecordTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }

    // A row for the page's own controls, above the banner.
    static QHBoxLayout *newTopRow();
    // The table's names and texts; its settings are kept under the page's area.
    void setUpTable(const QString &objectName, const QString &exportName,
                    const QString &loadingText, const QString &noMatchText);
    // The detail pane's name, fields and text without a record; `extra` goes below the fields,
    // hidden until the page shows it.
    void setUpDetail(const QString &objectName, const QList<DetailPane::Field> &fields,
                     const QString &emptyText, QWidget *extra);
    // Puts the table beside the detail pane (the sizes last left for the area, else
    // defaultSizes) and lays out the page: `top`, the banner, the busy bar, the splitter.
    void layOut(QLayout *top, const QList<int> &defaultSizes);

    // Calls onStarted when the session starts (and now, when it is active), onEnded when it
    // ends, and onWaiting when a product makes it wait (by default: the waits of the page's
    // product are shown in the busy bar).
    void followSession(const std::function<void()> &onStarted, const std::function<void()> &onEnded,
                       const std::function<void(Product, int, WaitReason)> &onWaiting = {});

    // Loading waits for the page to be seen: loadWhenShown() refreshes the page now when it is
    // visible, else at pageShown() (from showEvent) while there is something to load from.
    // setLoadOnShow(false) when a load was asked for otherwise.
    void loadWhenShown();
    void pageShown(bool canLoad);
    void setLoadOnShow(bool load) { m_loadOnShow = load; }
    // For refresh(): false, with `signInText` in the banner, when there is nothing to load
    // from; else true, and the page no longer loads on show.
    bool startRefresh(bool canLoad, const QString &signInText);

    // How showFailure() tells a 403: as the error it is, or as "not entitled to <product>".
    enum class Forbidden
    {
        AsError,
        NotEntitled,
    };
    // A failed call in the banner: a cancel as information (cancelledText), with Retry when
    // retryable; read-only maintenance without Retry (retrying does not end it); a 403 as
    // `forbidden` says; another error as such, with Retry when retryable. No error: no banner.
    void showFailure(const ApiError &error, const QString &cancelledText, bool retryable = true,
                     Forbidden forbidden = Forbidden::AsError);
    // The same in another banner (a part's own), about `product`.
    static void showFailure(ErrorBanner *banner, Product product, const ApiError &error,
                            const QString &cancelledText, bool retryable = true,
                            Forbidden forbidden = Forbidden::AsError);
    // The session ended: no message, nothing busy.
    void clearStatus();

private:
    Page *m_page;
    std::optional<Product> m_product;
    ErrorBanner *m_banner = nullptr;
    BusyBar *m_busy = nullptr;
    QSplitter *m_splitter = nullptr;
    RecordTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    bool m_loadOnShow = true;
};

} // namespace zc
