// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "PageScaffold.h"

#include "Session.h"
#include "pages/Page.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorBanner.h"
#include "widgets/RecordTableView.h"

#include <QHBoxLayout>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

QString splitterKey(Area area)
{
    return u"pages/"_s + areaKey(area) + u"/splitter"_s;
}

} // namespace

PageScaffold::PageScaffold(Page *page, std::optional<Product> product, Body body)
    : m_page(page)
    , m_product(product)
{
    if (body == Body::OwnStatus)
        return;
    m_banner = new ErrorBanner(page);
    m_busy = new BusyBar(page);
    if (body == Body::RecordTable) {
        m_splitter = new QSplitter(Qt::Horizontal, page);
        m_table = new RecordTableView(page);
        m_detail = new DetailPane(page);
    }
}

QHBoxLayout *PageScaffold::newTopRow()
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(6);
    return top;
}

void PageScaffold::setUpTable(const QString &objectName, const QString &exportName,
                              const QString &loadingText, const QString &noMatchText)
{
    m_table->setObjectName(objectName);
    m_table->setSettingsKey(areaKey(m_page->area()));
    m_table->setExportName(exportName);
    m_table->setAccessibleTitle(areaTitle(m_page->area()));
    m_table->setLoadingText(loadingText);
    m_table->setNoMatchText(noMatchText);
}

void PageScaffold::setUpDetail(const QString &objectName, const QList<DetailPane::Field> &fields,
                               const QString &emptyText, QWidget *extra)
{
    m_detail->setObjectName(objectName);
    m_detail->setFields(fields);
    m_detail->setEmptyText(emptyText);
    m_detail->setExtraWidget(extra);
    extra->hide();
}

void PageScaffold::layOut(QLayout *top, const QList<int> &defaultSizes)
{
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QString key = splitterKey(m_page->area());
    if (!m_splitter->restoreState(QSettings().value(key).toByteArray()))
        m_splitter->setSizes(defaultSizes);
    QObject::connect(m_splitter, &QSplitter::splitterMoved, m_page,
                     [this, key] { QSettings().setValue(key, m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_splitter, 1);
}

void PageScaffold::followSession(const std::function<void()> &onStarted,
                                 const std::function<void()> &onEnded,
                                 const std::function<void(Product, int, WaitReason)> &onWaiting)
{
    Session *session = m_page->session();
    QObject::connect(session, &Session::started, m_page, onStarted);
    QObject::connect(session, &Session::ended, m_page, onEnded);
    if (onWaiting) {
        QObject::connect(session, &Session::waiting, m_page, onWaiting);
    } else if (m_busy && m_product) {
        QObject::connect(session, &Session::waiting, m_page,
                         [this](Product product, int seconds, WaitReason reason) {
                             if (product == m_product)
                                 m_busy->showWait(product, seconds, reason);
                         });
    }
    if (session->isActive())
        onStarted();
}

void PageScaffold::loadWhenShown()
{
    m_loadOnShow = true;
    if (m_page->isVisible())
        m_page->refresh();
}

void PageScaffold::pageShown(bool canLoad)
{
    if (m_loadOnShow && canLoad)
        m_page->refresh();
}

bool PageScaffold::startRefresh(bool canLoad, const QString &signInText)
{
    if (!canLoad) {
        if (m_banner)
            m_banner->showMessage(ErrorBanner::Severity::Info, signInText);
        return false;
    }
    m_loadOnShow = false;
    return true;
}

void PageScaffold::showFailure(const ApiError &error, const QString &cancelledText, bool retryable,
                               Forbidden forbidden)
{
    showFailure(m_banner, m_product.value_or(error.product.value_or(Product::Zia)), error,
                cancelledText, retryable, forbidden);
}

void PageScaffold::showFailure(ErrorBanner *banner, Product product, const ApiError &error,
                               const QString &cancelledText, bool retryable, Forbidden forbidden)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        banner->clear();
        return;
    case ApiError::Kind::Cancelled:
        banner->showMessage(ErrorBanner::Severity::Info, cancelledText, retryable);
        return;
    case ApiError::Kind::ReadOnly:
        banner->showError(error, false);
        return;
    case ApiError::Kind::Forbidden:
        if (forbidden == Forbidden::NotEntitled) {
            banner->showNotEntitled(product);
            return;
        }
        break;
    default:
        break;
    }
    banner->showError(error, retryable);
}

void PageScaffold::clearStatus()
{
    if (m_banner)
        m_banner->clear();
    if (m_busy)
        m_busy->finish();
}

} // namespace zc
