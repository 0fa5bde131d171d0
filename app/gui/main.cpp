// The desktop entry point. For now a minimal window that names the version and what the
// desktop application will hold; the main window, profiles and demo tenant are built on the
// engine in the desktop issue.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ZConsole"));
    QApplication::setApplicationName(QStringLiteral("ZConsole"));
    QApplication::setApplicationVersion(QStringLiteral(ZCONSOLE_VERSION));

    QMainWindow window;
    window.setWindowTitle(
        QApplication::translate("main", "ZConsole %1").arg(QApplication::applicationVersion()));
    auto *label = new QLabel(
        QApplication::translate(
            "main",
            "ZConsole %1\n\nThe desktop views arrive with the desktop application. "
            "Until then, use zconsole-cli against a tenant or the zconsole-sim demo tenant.")
            .arg(QApplication::applicationVersion()));
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    window.setCentralWidget(label);
    window.resize(640, 360);
    window.show();
    return QApplication::exec();
}
