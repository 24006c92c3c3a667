using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using SgGrid.Api.Tests.Support;
using SgGrid.Silo.Hosting;

namespace SgGrid.Api.Tests.Hosting;

/// <summary>
/// One SgGrid process for the assembly's tests: a silo with in-memory storage and the ECS/VPC endpoint on a free
/// loopback port, configured with tenants: two ordinary ones to test isolation, one with lifted quotas, the fuzz test's,
/// and a cloud service's key of the first one's account.
/// </summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    public static readonly TestTenant Alice = new("1000000000000101", "alice-key", "alice-secret");
    public static readonly TestTenant Bob = new("1000000000000202", "bob-key", "bob-secret");

    /// <summary>A what-if style tenant: 100,000 rules per ENI and group, for ClassBench-sized groups.</summary>
    public static readonly TestTenant Bulk = new("1000000000000303", "bulk-key", "bulk-secret");

    /// <summary>The fuzz test's own tenant, with default quotas: its whole state is compared before and after.</summary>
    public static readonly TestTenant Mallory = new("1000000000000404", "mallory-key", "mallory-secret");

    /// <summary>A cloud service's key of Alice's account (<c>CloudService=true</c>): it creates and deletes managed groups.</summary>
    public static readonly TestTenant AliceCloudService = new(Alice.AccountId, "alice-service-key", "alice-service-secret");

    /// <summary>The region import tests' tenants: whole regions go in and out of them (groups per region lifted).</summary>
    public static readonly TestTenant Importer = new("1000000000000505", "importer-key", "importer-secret");

    public static readonly TestTenant Importer2 = new("1000000000000606", "importer2-key", "importer2-secret");

    private readonly string[] _extraArgs;
    private WebApplication? _app;

    public ApiHostFixture()
        : this([])
    {
    }

    /// <summary>A host with <paramref name="extraArgs"/> added to (and overriding) the configuration above.</summary>
    internal ApiHostFixture(string[] extraArgs) => _extraArgs = extraArgs;

    /// <summary><c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary><c>127.0.0.1:PORT</c>: what the SDKs take as their endpoint.</summary>
    public string Endpoint => $"{BaseAddress.Host}:{BaseAddress.Port}";

    public IServiceProvider Services => _app!.Services;

    /// <summary>Every fail-level (Error, Critical) line the host logged.</summary>
    public FailureLog FailureLog { get; } = new();

    public EcsClient Client(TestTenant tenant, SignatureMode mode = SignatureMode.Acs3) => new(BaseAddress, tenant, mode);

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--SgGrid:Silo:SiloPort={FreePorts.Next()}",
            $"--SgGrid:Silo:GatewayPort={FreePorts.Next()}",
            .. TenantArgs(0, Alice),
            .. TenantArgs(1, Bob),
            .. TenantArgs(2, Bulk),
            .. TenantArgs(3, Mallory),
            .. TenantArgs(4, AliceCloudService),
            "--SgGrid:Tenants:4:CloudService=true",
            .. TenantArgs(5, Importer),
            .. TenantArgs(6, Importer2),
            "--SgGrid:Tenants:5:Quotas:SecurityGroupsPerRegion=100000",
            "--SgGrid:Tenants:6:Quotas:SecurityGroupsPerRegion=100000",
            // Every test makes its own groups in the one shared region: lift the per-region group quota (100) for the
            // ordinary tenants so the suite does not run out of it; every other quota stays the default.
            "--SgGrid:Tenants:0:Quotas:SecurityGroupsPerRegion=100000",
            "--SgGrid:Tenants:0:Quotas:WhatIfScenariosPerRegion=100000",
            "--SgGrid:Tenants:1:Quotas:SecurityGroupsPerRegion=100000",
            "--SgGrid:Tenants:1:Quotas:WhatIfScenariosPerRegion=100000",
            "--SgGrid:Tenants:2:Quotas:SecurityGroupsPerRegion=100000",
            "--SgGrid:Tenants:2:Quotas:WhatIfScenariosPerRegion=100000",
            "--SgGrid:Tenants:2:Quotas:RulesPerGroup=100000",
            "--SgGrid:Tenants:2:Quotas:RulesPerNetworkInterface=100000",
            "--SgGrid:Tenants:2:Quotas:PermissionsPerCall=100000",
            // The storm tests hold the analysis slots on purpose: a wait long enough that only cancellation ends it.
            "--SgGrid:Grains:Analysis:MaxAnalysisWait=00:00:20",
            "--SgGrid:Grains:Analysis:MaxAnalysisTime=00:05:00", // CI-sized exactness tests on a loaded machine
            "--SgGrid:Silo:Dashboard=true",
            // Every test calls from 127.0.0.1, and the fuzz and security tests fail authentication on purpose by the
            // thousand: the address's budget is lifted here, and tested on a host of its own (GatewayFailureBudgetTests).
            "--SgGrid:Api:AuthenticationFailures:FailuresPerAddress=100000000",
            .. _extraArgs,
            "--Logging:LogLevel:Default=Warning",
        ];
        var (app, problems) = SgGridApplication.Create(args, builder => builder.Logging.AddProvider(FailureLog));
        _app = app ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        await _app.StartAsync();
        BaseAddress = new Uri(SgGridApplication.ListeningAddresses(_app).Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static string[] TenantArgs(int index, TestTenant tenant) =>
    [
        $"--SgGrid:Tenants:{index}:AccountId={tenant.AccountId}",
        $"--SgGrid:Tenants:{index}:AccessKeyId={tenant.AccessKeyId}",
        $"--SgGrid:Tenants:{index}:AccessKeySecret={tenant.AccessKeySecret}",
    ];
}
