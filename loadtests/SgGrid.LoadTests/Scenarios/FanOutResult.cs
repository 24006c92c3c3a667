namespace SgGrid.LoadTests.Scenarios;

/// <summary>What the fan-out scenario measured: convergence of rule changes and of referenced-membership changes.</summary>
internal sealed record FanOutResult(int Members, Summary RuleChangeMilliseconds, Summary MembershipChangeMilliseconds, double PopulateSeconds);
