#include "admin/adminwindow.h"
#include "app/appcontroller.h"
#include "app/signindialog.h"
#include "boxoffice/boxofficewindow.h"
#include "core/serverconnection.h"
#include "customer/customerwindow.h"
#include "support/serverfixture.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mq::client;

class TestGuiApp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachRoleGetsItsWindow_data();
    void eachRoleGetsItsWindow();
    void staffSwitchWindowsAndSignOut();

private:
    std::unique_ptr<AppController> startAndSignIn(const QString &username);
    QAction *action(QMainWindow *window, const QString &text);

    QTemporaryDir m_settingsDir;
    ServerFixture m_fixture{QStringLiteral(MARQUEE_SERVER_BINARY)};
};

void TestGuiApp::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QApplication::setQuitOnLastWindowClosed(false);
    Theme::apply(*qApp);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

std::unique_ptr<AppController> TestGuiApp::startAndSignIn(const QString &username)
{
    AppController::Options options;
    options.server = ServerAddress{u"127.0.0.1"_s, m_fixture.port(), false};
    auto app = std::make_unique<AppController>(options);
    app->start();
    if (!QTest::qWaitFor([&] { return app->signInDialog() && app->signInDialog()->isVisible(); }, 10000))
        return nullptr;
    SignInDialog *dialog = app->signInDialog();
    auto *user = dialog->findChild<QLineEdit *>(u"usernameLineEdit"_s);
    auto *password = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    user->clear();
    QTest::keyClicks(user, username);
    QTest::keyClicks(password, ServerFixture::staffPassword());
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return app->currentWindow() && app->currentWindow()->isVisible(); }, 15000))
        return nullptr;
    return app;
}

QAction *TestGuiApp::action(QMainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
    }
    return nullptr;
}

void TestGuiApp::eachRoleGetsItsWindow_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("windowClass");
    QTest::newRow("customer") << u"customer"_s << u"mq::client::CustomerWindow"_s;
    QTest::newRow("clerk") << u"clerk"_s << u"mq::client::BoxOfficeWindow"_s;
    QTest::newRow("manager") << u"manager"_s << u"mq::client::AdminWindow"_s;
    QTest::newRow("admin") << u"admin"_s << u"mq::client::AdminWindow"_s;
}

void TestGuiApp::eachRoleGetsItsWindow()
{
    QFETCH(QString, username);
    QFETCH(QString, windowClass);
    auto app = startAndSignIn(username);
    QVERIFY(app);
    QCOMPARE(QString::fromLatin1(app->currentWindow()->metaObject()->className()), windowClass);
    // Every window starts with File (sign out, quit); customers get no Window menu.
    QCOMPARE(app->currentWindow()->menuBar()->actions().first()->text().remove(u'&'), u"File"_s);
    QVERIFY(action(app->currentWindow(), u"Sign out"_s));
    QCOMPARE(action(app->currentWindow(), u"Box office"_s) != nullptr, username != u"customer"_s);
    QCOMPARE(action(app->currentWindow(), u"Administration"_s) != nullptr,
             username == u"manager"_s || username == u"admin"_s);
}

void TestGuiApp::staffSwitchWindowsAndSignOut()
{
    auto app = startAndSignIn(u"manager"_s);
    QVERIFY(app);
    QAction *boxOffice = action(app->currentWindow(), u"Box office"_s);
    QVERIFY(boxOffice);
    boxOffice->trigger();
    QTRY_VERIFY(qobject_cast<BoxOfficeWindow *>(app->currentWindow()));
    action(app->currentWindow(), u"Customer view"_s)->trigger();
    QTRY_VERIFY(qobject_cast<CustomerWindow *>(app->currentWindow()));
    QPointer<QMainWindow> customer = app->currentWindow();
    action(customer, u"Sign out"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(app->signInDialog() && app->signInDialog()->isVisible(), 10000);
    QTRY_VERIFY(!customer);
    QVERIFY(!app->connection()->isAuthenticated());
}

QTEST_MAIN(TestGuiApp)
#include "tst_gui_app.moc"
