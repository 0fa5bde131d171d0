// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
// zc-bench-minimal-window: the least a Qt Widgets program does to put a window on screen (a
// QMainWindow with a label), the yardstick of zc-bench-coldstart. Like zconsole, it writes
// "zconsole: first paint" to stderr at its window's first paint when
// ZCONSOLE_REPORT_FIRST_PAINT is set.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

class Window : public QMainWindow
{
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            if (qEnvironmentVariableIsSet("ZCONSOLE_REPORT_FIRST_PAINT")) {
                std::fputs("zconsole: first paint\n", stderr);
                std::fflush(stderr);
            }
        }
        return QMainWindow::event(event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.setWindowTitle(u"Minimal window"_s);
    window.setCentralWidget(new QLabel(u"A minimal Qt Widgets window"_s));
    window.resize(1100, 720);
    window.show();
    return QApplication::exec();
}
