using SgGrid.Api.Ecs.Signatures;

namespace SgGrid.Api.Tests.Ecs.Signatures;

/// <summary>The ACS3 worked example of sdk-wire-format.md (CreateSecurityGroup, secret <c>testsecret</c>), literal wire values.</summary>
internal static class WorkedExample
{
    public const string AccessKeyId = "testid";
    public const string Secret = "testsecret";
    public const string Nonce = "d62b0c6689cfa92b3c2bc3f723bcecc74adf5b7e2742a72e932a1ec0b02a2395";
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public const string Signature = "bf5bf73f6fb2da27fed731d6837db5195f21f677f2b1124e6be28ca113cfb694";
    public const string CanonicalRequestSha256 = "456bf85e389a7d0663f0ee549e7520f9dd376a3a1ac0a89c018e03f803339856";
    public const string WireQuery =
        "Description=web%20sg%20*(1)!%20~%C3%BC&RegionId=cn-hangzhou&SecurityGroupName=probe&SecurityGroupType=normal&Tag.1.Key=env&Tag.1.Value=dev&VpcId=vpc-1";
    public const string CanonicalQuery =
        "Description=web%20sg%20%2A%281%29%21%20~%C3%BC&RegionId=cn-hangzhou&SecurityGroupName=probe&SecurityGroupType=normal&Tag.1.Key=env&Tag.1.Value=dev&VpcId=vpc-1";
    public const string SignedHeaders = "host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version";

    public static Func<string, string?> Secrets => id => id == AccessKeyId ? Secret : null;

    public static Dictionary<string, string> Headers() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "127.0.0.1:18080",
        ["x-acs-version"] = "2014-05-26",
        ["x-acs-action"] = "CreateSecurityGroup",
        ["user-agent"] = "AlibabaCloud (linux; x64) Node.js/v20.20.2 Core/1.0.1 TeaDSL/2",
        ["x-acs-date"] = "2026-11-28T13:29:07Z",
        ["x-acs-signature-nonce"] = Nonce,
        ["accept"] = "application/json",
        ["x-acs-content-sha256"] = EmptySha256,
        ["x-acs-credentials-provider"] = "static_ak",
        ["Authorization"] = $"ACS3-HMAC-SHA256 Credential={AccessKeyId},SignedHeaders={SignedHeaders},Signature={Signature}",
        ["Connection"] = "keep-alive",
        ["Content-Length"] = "0",
    };

    public static SignedRequest Request(
        string method = "POST",
        string path = "/",
        string query = WireQuery,
        Action<Dictionary<string, string>>? editHeaders = null,
        byte[]? body = null)
    {
        var headers = Headers();
        editHeaders?.Invoke(headers);
        return new SignedRequest(method, path, QueryStringParser.Parse(query), headers, body ?? []);
    }
}
