#include "app/marqueeserver.h"
#include "app/serverconfig.h"
#include "app/signalwatcher.h"
#include "services/clock.h"
#include "services/timezones.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <iostream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
// --max-connections means little under a soft limit of 1,024 descriptors: take what the hard
// limit allows.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    raiseDescriptorLimit();
    // Debug output is opt-in (QT_LOGGING_RULES="marquee.*.debug=true" overrides this).
    QLoggingCategory::setFilterRules(u"marquee.*.debug=false"_s);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"marquee"_s);
    QCoreApplication::setOrganizationName(u"Marquee"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QString error;
    const auto config = mq::app::ServerConfig::parse(QCoreApplication::arguments(), &error);
    if (!config) {
        std::cerr << "marquee-server: " << qPrintable(error) << std::endl;
        return 2;
    }
    mq::services::TimeZones::setDefaultZone(config->defaultTimeZone);
    if (!config->testClockFile.isEmpty())
        mq::services::Clock::setOffsetFileForTesting(config->testClockFile);
    if (config->addUser)
        return mq::app::runAddUser(*config);

    mq::app::SignalWatcher signalWatcher;
    mq::app::MarqueeServer server(*config);
    if (!server.start(&error)) {
        std::cerr << "marquee-server: " << qPrintable(error) << std::endl;
        return 1;
    }
    QObject::connect(&signalWatcher, &mq::app::SignalWatcher::terminationRequested, &server,
                     &mq::app::MarqueeServer::shutdown);
    QObject::connect(&signalWatcher, &mq::app::SignalWatcher::reloadRequested, &server,
                     &mq::app::MarqueeServer::reload);
    QObject::connect(&server, &mq::app::MarqueeServer::finished, &app, &QCoreApplication::quit);
    std::cout << "listening on " << qPrintable(config->listenAddress.toString()) << ':'
              << server.port() << std::endl;
    return app.exec();
}
