using Microsoft.Extensions.Logging;

namespace SgGrid.Grains.Scenarios;

public sealed partial class WhatIfScenarioGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "What-if scenario {ScenarioId} cloned VPC {VpcId}: {NetworkInterfaces} ENIs, {SecurityGroups} security groups")]
    private partial void LogCreated(string scenarioId, string vpcId, int networkInterfaces, int securityGroups);

    [LoggerMessage(Level = LogLevel.Error, Message = "What-if scenario {ScenarioId} could not clone VPC {VpcId}")]
    private partial void LogCloneFailed(Exception exception, string scenarioId, string vpcId);

    [LoggerMessage(Level = LogLevel.Information, Message = "What-if scenario {ScenarioId} applied to {Groups} production security groups")]
    private partial void LogApplied(string scenarioId, int groups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "What-if scenario {ScenarioId}: rolling back {SecurityGroupId} after a failed apply")]
    private partial void LogRollingBack(string scenarioId, string securityGroupId);
}
