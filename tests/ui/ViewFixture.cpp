// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "ViewFixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QWidget>

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
    const QString build = qEnvironmentVariable("ZCONSOLE_BUILD_DIR", QDir::currentPath());
    const QString dir = build + u"/screenshots"_s;
    if (!QDir().mkpath(dir))
        return {};
    const QString path = dir + u'/' + name + u".png"_s;
    return widget->grab().save(path) ? path : QString();
}

} // namespace zc::test
