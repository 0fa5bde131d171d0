// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ViewFixture.h"

#include "pages/Page.h"
#include "widgets/BusyBar.h"

#include <QAbstractItemView>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace zc::test {

ViewFixture::ViewFixture(const sim::SimOptions &options)
    : m_sim(options)
    , m_session(std::make_unique<Session>())
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"zconsole.ini"_s), QSettings::IniFormat);
}

ViewFixture::~ViewFixture()
{
    m_session->end();
}

bool ViewFixture::start(QString *error)
{
    if (!m_sim.start(error))
        return false;
    QSignalSpy started(m_session.get(), &Session::started);
    m_session->start(u"test"_s, m_sim.settings(), m_sim.secretCredentials());
    return m_session->client() != nullptr;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    return saveScreenshot(widget->grab().toImage(), name);
}

QString saveScreenshot(const QImage &image, const QString &name)
{
    const QString build = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::currentPath());
    const QString dir = build + u"/screenshots"_s;
    if (!QDir().mkpath(dir))
        return {};
    const QString path = dir + u'/' + name + u".png"_s;
    return image.save(path) ? path : QString();
}

QImage renderAt(QWidget *widget, qreal devicePixelRatio)
{
    QImage image(widget->size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    return image;
}

void addPaletteAndScaleRows()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<qreal>("scale");
    for (bool dark : {false, true}) {
        for (qreal scale : {1.0, 2.0})
            QTest::newRow(qPrintable(paletteAndScaleName(dark, scale))) << dark << scale;
    }
}

QString paletteAndScaleName(bool dark, qreal scale)
{
    return u"%1-%2x"_s.arg(dark ? u"dark"_s : u"light"_s).arg(scale);
}

QPalette lightPalette()
{
    // QStyleFactory::create hands the style over to its caller.
    return std::unique_ptr<QStyle>(QStyleFactory::create(u"Fusion"_s))->standardPalette();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8d, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x5f, 0x63, 0x68));
    return p;
}

bool waitUntilIdle(QWidget *widget, int timeoutMs)
{
    return QTest::qWaitFor(
        [widget] {
            const auto bars = widget->findChildren<BusyBar *>();
            return std::none_of(bars.begin(), bars.end(),
                                [](BusyBar *bar) { return bar->isVisible(); });
        },
        timeoutMs);
}

bool loadLikeAUser(QWidget *widget)
{
    if (auto *page = qobject_cast<Page *>(widget))
        page->refresh();
    if (!waitUntilIdle(widget))
        return false;
    for (const QString &search : {u"userSearch"_s, u"deepTracesSearch"_s}) {
        if (auto *edit = widget->findChild<QLineEdit *>(search)) {
            QTest::keyClicks(edit, u"bbb@bbc.com"_s);
            QTest::keyClick(edit, Qt::Key_Return);
            if (!waitUntilIdle(widget))
                return false;
        }
    }
    const auto views = widget->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
            (qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view))) {
            view->setCurrentIndex(view->model()->index(0, 0));
            break;
        }
    }
    return waitUntilIdle(widget);
}

} // namespace zc::test
