namespace SgGrid.Api.Ecs.Signatures;

/// <summary>
/// The budget of failed authentications each client address has (<see cref="AuthenticationFailureBudget"/>), and the limits on
/// what the gateway parses before a request is authenticated.
/// </summary>
public sealed class AuthenticationFailureOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "SgGrid:Api:AuthenticationFailures";

    /// <summary>Failed authentications an address may make in a burst before it is answered <c>Throttling</c>.</summary>
    public int FailuresPerAddress { get; set; } = 200;

    /// <summary>How many failures per second an address earns back (the budget refills continuously up to its size).</summary>
    public double RefillPerSecond { get; set; } = 20;

    /// <summary>
    /// The most addresses tracked at once; past it, addresses whose budget has refilled are forgotten first, and a new address
    /// is not tracked until room is made (so memory is bounded however many addresses an attacker uses).
    /// </summary>
    public int MaxTrackedAddresses { get; set; } = 100_000;

    /// <summary>
    /// The most parameters a query string or form body may hold. It is counted on the raw bytes before anything is decoded,
    /// so an unauthenticated <c>a&amp;a&amp;…</c> body costs a scan, not a parse (a 10,000-flow CheckFlows form has ~60,000).
    /// </summary>
    public int MaxParameters { get; set; } = 200_000;

    /// <summary>Every problem with these options, in words.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (FailuresPerAddress < 1 || RefillPerSecond <= 0 || MaxTrackedAddresses < 1 || MaxParameters < 1000)
        {
            problems.Add($"{SectionName}: FailuresPerAddress, MaxTrackedAddresses must be at least 1, RefillPerSecond above 0, MaxParameters at least 1000.");
        }

        return problems;
    }
}
