#pragma once

namespace mq::rpc {

// How purchases are batched and how many of one ticket type run at once (PurchasePipeline).
struct PipelineLimits
{
    int maxBatch = 256;         // buyers in one reserve or confirm transaction
    int maxBuyersPerType = 1024; // in progress at once per ticket type; later ones wait in line
};

} // namespace mq::rpc
