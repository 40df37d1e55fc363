#include "app/appcontroller.h"
#include "core/clientsettings.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <iostream>

using namespace Qt::StringLiterals;

namespace {

// The language: --lang, else the saved choice, else the system's.
void installTranslations(QApplication &app, const QString &requested)
{
    const QString language = !requested.isEmpty() ? requested : mq::client::ClientSettings::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *marquee = new QTranslator(&app);
    if (marquee->load(locale, u"marquee"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(marquee);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(u"marquee.*.debug=false"_s);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"marquee"_s);
    QApplication::setOrganizationName(u"Marquee"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Marquee ticketing: buy, sell and manage tickets."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"Server to connect to: HOST:PORT or tls://HOST:PORT."_s, u"HOST:PORT"_s);
    const QCommandLineOption kiosk(u"kiosk"_s, u"Self-service kiosk: full screen, touch-sized, signs out when idle."_s);
    const QCommandLineOption lang(u"lang"_s, u"Language: zh_CN or en (default: the saved choice, else the system's)."_s, u"LANG"_s);
    const QCommandLineOption ignoreTls(u"ignore-tls-errors"_s, u"Accept a server certificate the system does not trust (testing only)."_s);
    const QCommandLineOption door(u"door"_s, u"Check-in at the door: scan tickets (clerk and up)."_s);
    const QCommandLineOption kioskIdle(u"kiosk-idle"_s, u"Seconds without input before the kiosk signs out (default 90)."_s, u"SECONDS"_s);
    parser.addOptions({server, kiosk, lang, ignoreTls, kioskIdle, door});
    parser.process(app);

    const QString serverText = parser.isSet(server) ? parser.value(server) : mq::client::ClientSettings::serverAddress();
    const auto address = mq::client::ServerAddress::parse(serverText);
    if (!address) {
        std::cerr << "marquee: --server takes HOST:PORT or tls://HOST:PORT" << std::endl;
        return 2;
    }
    if (parser.isSet(lang) && parser.value(lang) != u"zh_CN"_s && parser.value(lang) != u"en"_s) {
        std::cerr << "marquee: --lang takes zh_CN or en" << std::endl;
        return 2;
    }
    installTranslations(app, parser.value(lang));
    mq::client::Theme::apply(app);

    mq::client::AppController::Options options;
    options.server = *address;
    options.kiosk = parser.isSet(kiosk);
    options.ignoreTlsErrors = parser.isSet(ignoreTls);
    options.kioskIdleSeconds = parser.value(kioskIdle).toInt();
    options.door = parser.isSet(door);
    mq::client::AppController controller(options);
    controller.start();
    return app.exec();
}
