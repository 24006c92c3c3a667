namespace SgGrid.Api.Tests.Support;

/// <summary>A tenant the test host is configured with.</summary>
public sealed record TestTenant(string AccountId, string AccessKeyId, string AccessKeySecret);
