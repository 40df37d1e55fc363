#include "rpc/handlers.h"

#include "services/reportservice.h"

using namespace Qt::StringLiterals;

// The report.* methods (managers and administrators): the service's answers are the results.
namespace mq::rpc::handlers {

namespace {

Reply result(const QJsonObject &object)
{
    Reply r;
    r.result = object;
    return r;
}

} // namespace

Reply reportSales(HandlerContext &c)
{
    services::SalesReportQuery query;
    query.eventId = c.params.optInteger(u"eventId"_s).value_or(0);
    query.performanceId = c.params.optInteger(u"performanceId"_s).value_or(0);
    query.from = c.params.optTime(u"from"_s);
    query.to = c.params.optTime(u"to"_s);
    query.bucket = c.params.optString(u"bucket"_s).value_or(u"day"_s);
    query.timeZone = c.params.optString(u"timeZone"_s).value_or(u"UTC"_s);
    return result(services::ReportService(c.db).sales(query));
}

Reply reportOccupancy(HandlerContext &c)
{
    return result(services::ReportService(c.db).occupancy(
        c.params.optInteger(u"eventId"_s).value_or(0),
        c.params.optInteger(u"performanceId"_s).value_or(0)));
}

Reply reportShift(HandlerContext &c)
{
    return result(services::ReportService(c.db).shift(c.params.time(u"from"_s),
                                                      c.params.time(u"to"_s),
                                                      c.params.optInteger(u"clerkId"_s).value_or(0)));
}

} // namespace mq::rpc::handlers
